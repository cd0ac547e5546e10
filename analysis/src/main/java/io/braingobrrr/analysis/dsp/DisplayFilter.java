package io.braingobrrr.analysis.dsp;

import io.braingobrrr.core.recording.SignalSource;

/**
 * The viewer's trace filters: low-frequency filter (high-pass, "LFF"), high-frequency filter (low-pass,
 * "HFF") and an optional mains notch, all zero-phase so waveforms keep their timing on screen.
 * Each is a 2nd-order Butterworth run forward and backward (4th-order magnitude, -6 dB at the setting).
 *
 * <p>A page is read with a margin on both sides (samples the filter settles on) and the margin is then
 * cut away, so consecutive pages join without edge transients; at the true start and end of the record
 * the zero-phase filter's odd extension takes over.
 */
public final class DisplayFilter {
    /** Filter order of each of LFF and HFF before the forward-backward doubling. */
    public static final int ORDER = 2;
    /** Longest margin read on each side of a page, in seconds (LFF 0.1 Hz would want more). */
    public static final double MAX_MARGIN_S = 30;

    /**
     * @param lffHz   high-pass cutoff, 0 = off
     * @param hffHz   low-pass cutoff, 0 = off
     * @param notchHz mains notch frequency (50 or 60), 0 = off
     */
    public record Settings(double lffHz, double hffHz, double notchHz) {
        /** ACNS defaults for routine EEG: LFF 1 Hz, HFF 70 Hz, notch off. */
        public static final Settings ACNS_DEFAULT = new Settings(1, 70, 0);
        public static final Settings OFF = new Settings(0, 0, 0);

        public Settings {
            if (lffHz < 0 || hffHz < 0 || notchHz < 0 || Double.isNaN(lffHz + hffHz + notchHz)) {
                throw new IllegalArgumentException("filter settings must be >= 0 (0 = off): LFF " + lffHz + ", HFF " + hffHz + ", notch " + notchHz);
            }
            if (lffHz > 0 && hffHz > 0 && lffHz >= hffHz) {
                throw new IllegalArgumentException("LFF " + lffHz + " Hz must lie below HFF " + hffHz + " Hz");
            }
        }
    }

    /**
     * A filtered page.
     *
     * @param skipped which requested filters could not be applied at this rate (e.g. "HFF 70 Hz >= Nyquist 50 Hz"); empty if none
     */
    public record Page(float[] samples, java.util.List<String> skipped) {
        public boolean hffSkipped() {
            return skipped.stream().anyMatch(s -> s.startsWith("HFF"));
        }
    }

    private final Settings settings;
    private final double fs;
    private final SosFilter filter;
    private final java.util.List<String> skipped;
    private final int margin;

    public DisplayFilter(Settings settings, double fs) {
        this.settings = settings;
        this.fs = fs;
        java.util.List<String> skip = new java.util.ArrayList<>();
        double nyq = fs / 2;
        SosFilter f = null;
        if (settings.lffHz() > 0) {
            if (settings.lffHz() < nyq) f = Butterworth.highPass(ORDER, settings.lffHz(), fs);
            else skip.add("LFF " + settings.lffHz() + " Hz >= Nyquist " + nyq + " Hz");
        }
        if (settings.hffHz() > 0) {
            if (settings.hffHz() < nyq) f = chain(f, Butterworth.lowPass(ORDER, settings.hffHz(), fs));
            else skip.add("HFF " + settings.hffHz() + " Hz >= Nyquist " + nyq + " Hz");
        }
        if (settings.notchHz() > 0) {
            if (settings.notchHz() < nyq) f = chain(f, Notch.design(settings.notchHz(), Notch.DEFAULT_Q, fs));
            else skip.add("notch " + settings.notchHz() + " Hz >= Nyquist " + nyq + " Hz");
        }
        this.filter = f;
        this.skipped = java.util.List.copyOf(skip);
        // Settling: a high-pass at f forgets its start after a few of its time constants 1/(2 pi f);
        // a notch with quality q after about q/f0 s. Low-passes settle within a few samples.
        double seconds = 1;
        if (settings.lffHz() > 0) seconds = Math.max(seconds, 3 / settings.lffHz());
        if (settings.notchHz() > 0) seconds = Math.max(seconds, 3 * Notch.DEFAULT_Q / (2 * Math.PI * settings.notchHz()));
        this.margin = (int) Math.ceil(Math.min(MAX_MARGIN_S, seconds) * fs);
    }

    private static SosFilter chain(SosFilter a, SosFilter b) {
        return a == null ? b : a.then(b);
    }

    public Settings settings() {
        return settings;
    }

    /** Samples read on each side of a page. */
    public int marginSamples() {
        return margin;
    }

    /** Filters held samples (already including whatever margin the caller wants) zero-phase. */
    public double[] apply(double[] x) {
        return filter == null ? x.clone() : filter.filtfilt(x);
    }

    /** Float samples the caller already holds (margins included), filtered in double and returned as float. */
    public float[] apply(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i];
        double[] y = apply(d);
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) out[i] = (float) y[i];
        return out;
    }

    /** {@code count} filtered samples of {@code signal} from {@code first}, margins read around them. */
    public Page page(SignalSource source, int signal, long first, int count) {
        return pages(source, new int[] {signal}, first, count)[0];
    }

    /**
     * {@link #page} for several signals of this filter's rate at once, with the same numbers: their samples are
     * read straight into the zero-phase filter's extended arrays and filtered together, which overlaps the
     * IIR's per-channel dependency chains (see {@link SosFilter#filterInPlace(double[][], int, int, double[][])}).
     */
    public Page[] pages(SignalSource source, int[] signals, long first, int count) {
        return pages(source, signals, first, count, new Buffers());
    }

    /**
     * Working arrays one caller keeps between pages (one thread at a time), so that paging allocates nothing
     * here: a 64 ch x 10 s x 1 kHz page with LFF 1 Hz margins needs 8 MB of doubles and 2.6 MB of floats, and
     * allocating them per page tripled a page flipper's young collections (each a pause of every thread).
     * Pages returned through it hold its arrays, so they are valid until its next use.
     */
    public static final class Buffers {
        private double[][] extended = new double[0][];
        private float[][] samples = new float[0][];

        double[] extended(int slot, int length) {
            if (extended.length <= slot) extended = java.util.Arrays.copyOf(extended, slot + 1);
            if (extended[slot] == null || extended[slot].length < length) extended[slot] = new double[length];
            return extended[slot];
        }

        float[] samples(int slot, int length) {
            if (samples.length <= slot) samples = java.util.Arrays.copyOf(samples, slot + 1);
            if (samples[slot] == null || samples[slot].length != length) samples[slot] = new float[length];
            return samples[slot];
        }
    }

    /** {@link #pages(SignalSource, int[], long, int)} in {@code buffers}' arrays (slot c for signals[c]). */
    public Page[] pages(SignalSource source, int[] signals, long first, int count, Buffers buffers) {
        Page[] out = new Page[signals.length];
        // Signals ending at the same sample (all of them, in an EDF) share the margins and one filter run.
        java.util.Map<Long, java.util.List<Integer>> byEnd = new java.util.LinkedHashMap<>();
        for (int c = 0; c < signals.length; c++) {
            long total = source.sampleCount(signals[c]);
            if (first < 0 || count < 0 || first + count > total) {
                throw new IllegalArgumentException("samples " + first + ".." + (first + count) + " outside signal " + signals[c] + " (0.." + total + ")");
            }
            byEnd.computeIfAbsent(Math.min(total, first + count + margin), k -> new java.util.ArrayList<>()).add(c);
        }
        long from = Math.max(0, first - margin);
        int skip = (int) (first - from);
        for (var group : byEnd.entrySet()) {
            int n = (int) (group.getKey() - from);
            int pad = filter == null ? 0 : Math.min(ZeroPhase.defaultPadLength(filter.sectionCount()), Math.max(0, n - 1));
            double[][] ext = new double[group.getValue().size()][];
            for (int g = 0; g < ext.length; g++) {
                int c = group.getValue().get(g);
                ext[g] = buffers.extended(c, n + 2 * pad);
                source.readPhysical(signals[c], from, ext[g], pad, n);
            }
            if (filter != null) ZeroPhase.filtfiltExtended(filter, ext, pad, n);
            for (int g = 0; g < ext.length; g++) {
                int c = group.getValue().get(g);
                float[] samples = buffers.samples(c, count);
                double[] e = ext[g];
                for (int i = 0; i < count; i++) samples[i] = (float) e[pad + skip + i];
                out[c] = new Page(samples, skipped);
            }
        }
        return out;
    }
}
