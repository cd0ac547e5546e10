package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A montage applied to one recording: each derivation resolved to weighted source signals (by 10-10
 * electrode name, else by exact label), and pages of derived values in µV read from the source.
 *
 * <p>Derivations naming an electrode the recording lacks, or mixing sample rates, are left out
 * ({@link #skipped()} says which). Each source signal is read once per page whatever the number of
 * derivations using it; buffers are reused between pages, so an instance serves one thread.
 */
public final class DerivedSignals {
    /** One derived channel: label, rate, and the weighted source signals (µV scale folded into the weights). */
    public record Channel(String label, double sampleRateHz, int[] signals, float[] weights) {
    }

    /**
     * Where a page's source samples come from: the recording as stored, or the same samples passed through
     * a linear filter (filtering the sources is filtering every derivation, as derivations are linear).
     */
    @FunctionalInterface
    public interface SampleReader {
        void read(int signal, long firstSample, float[] dst, int count);
    }

    private final SignalSource source;
    private final List<Channel> channels = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Map<Integer, float[]> buffers = new HashMap<>();
    /** Which first sample each buffer holds in the page being read; cleared after each page. */
    private final Map<Integer, Long> pageKeys = new HashMap<>();

    public DerivedSignals(SignalSource source, Montage montage) {
        this.source = source;
        List<SignalInfo> signals = source.signals();
        List<Integer> electrodes = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) if (signals.get(i).electrode() != null) electrodes.add(i);
        for (Derivation d : montage.derivations()) {
            Channel c = resolve(d, signals, electrodes);
            if (c == null) skipped.add(d.label());
            else channels.add(c);
        }
    }

    private static Channel resolve(Derivation d, List<SignalInfo> signals, List<Integer> electrodes) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (Map.Entry<String, Double> w : d.weights().entrySet()) {
            if (w.getKey().equals(Derivation.AVERAGE)) {
                if (electrodes.isEmpty()) return null;
                for (int e : electrodes) terms.merge(e, w.getValue() / electrodes.size(), Double::sum);
            } else {
                int index = find(w.getKey(), signals);
                if (index < 0) return null;
                terms.merge(index, w.getValue(), Double::sum);
            }
        }
        if (terms.isEmpty()) return null;
        int first = terms.keySet().iterator().next();
        int spr = signals.get(first).samplesPerRecord();
        int[] index = new int[terms.size()];
        float[] weight = new float[terms.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> t : terms.entrySet()) {
            SignalInfo s = signals.get(t.getKey());
            if (s.samplesPerRecord() != spr) return null;        // no resampling behind the reader's back
            index[k] = t.getKey();
            weight[k++] = (float) (t.getValue() * toMicrovolts(s.physicalDimension()));
        }
        return new Channel(d.label(), signals.get(first).sampleRateHz(), index, weight);
    }

    /** Signal of this electrode (10-10 name, old names accepted) or, failing that, of exactly this label. */
    private static int find(String name, List<SignalInfo> signals) {
        for (int i = 0; i < signals.size(); i++) if (name.equals(signals.get(i).electrode())) return i;
        for (int i = 0; i < signals.size(); i++) if (name.equals(signals.get(i).label())) return i;
        return -1;
    }

    /** Factor from the header's physical dimension to µV; other units (or none) are shown as they are. */
    static double toMicrovolts(String dimension) {
        String d = dimension == null ? "" : dimension.trim();
        switch (d.toLowerCase(Locale.ROOT)) {
            case "uv": case "µv": case "μv": return 1;
            case "mv": return 1e3;
            case "v": return 1e6;
            case "nv": return 1e-3;
            default: return 1;
        }
    }

    public List<Channel> channels() {
        return List.copyOf(channels);
    }

    /** Labels of the montage's derivations this recording cannot show. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public SignalSource source() {
        return source;
    }

    /** Index of a channel's first stored sample at or after {@code seconds}. */
    public long firstSample(int channel, double seconds) {
        return source.sampleAtOrAfter(channels.get(channel).signals()[0], seconds);
    }

    /**
     * Derived values (µV) of every channel over [{@code fromSeconds}, + {@code seconds}): row k holds
     * round(seconds x rate) samples of channel k; samples past the end of the recording stay NaN.
     * {@code dst} rows are reused when long enough.
     */
    public float[][] readPage(double fromSeconds, double seconds, float[][] dst) {
        return readPage(fromSeconds, seconds, dst, (signal, first, out, count) -> source.readPhysical(signal, first, out, 0, count));
    }

    /** As {@link #readPage(double, double, float[][])}, source samples fetched by {@code reader}. */
    public float[][] readPage(double fromSeconds, double seconds, float[][] dst, SampleReader reader) {
        float[][] out = dst != null && dst.length == channels.size() ? dst : new float[channels.size()][];
        Map<Integer, Long> firstOf = new HashMap<>();
        for (int k = 0; k < channels.size(); k++) {
            Channel c = channels.get(k);
            int n = (int) Math.round(seconds * c.sampleRateHz());
            if (out[k] == null || out[k].length != n) out[k] = new float[n];
            float[] row = out[k];
            Arrays.fill(row, 0f);
            long first = firstOf.computeIfAbsent(c.signals()[0], s -> source.sampleAtOrAfter(s, fromSeconds));
            int available = (int) Math.max(0, Math.min(n, source.sampleCount(c.signals()[0]) - first));
            for (int t = 0; t < c.signals().length; t++) {
                float[] values = sourceValues(c.signals()[t], first, n, available, reader);
                float w = c.weights()[t];
                for (int i = 0; i < available; i++) row[i] += w * values[i];
            }
            Arrays.fill(row, available, n, Float.NaN);
        }
        pageKeys.clear();
        return out;
    }

    /** A source signal's samples for this page, read once per page however many channels use it. */
    private float[] sourceValues(int signal, long first, int n, int available, SampleReader reader) {
        float[] buffer = buffers.get(signal);
        if (buffer == null || buffer.length < n) {
            buffer = new float[n];
            buffers.put(signal, buffer);
            pageKeys.remove(signal);
        }
        Long readAt = pageKeys.get(signal);
        if (readAt == null || readAt != first) {
            reader.read(signal, first, buffer, available);
            pageKeys.put(signal, first);
        }
        return buffer;
    }
}
