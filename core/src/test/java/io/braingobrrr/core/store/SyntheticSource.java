package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory {@link SignalSource} whose samples are a pure function of (signal, sample index), so a
 * test knows every expected value without storing 8 hours of data and without asking the store.
 */
final class SyntheticSource implements SignalSource {
    /** Digital value of a sample. */
    interface Samples {
        int value(int signal, long sample);
    }

    private final RecordingFormat format;
    private final List<SignalInfo> signals;
    private final int recordCount;
    private final double recordDuration;
    private final double[] onsets;
    private final List<Annotation> annotations;
    private final Samples samples;
    private int readsBeforeFailure = Integer.MAX_VALUE;
    private Runnable onRead = () -> { };
    private LocalDateTime start = LocalDateTime.of(2021, 3, 14, 22, 5, 9, 250_000_000);

    SyntheticSource(RecordingFormat format, List<SignalInfo> signals, int recordCount, double recordDuration,
                    double[] onsets, List<Annotation> annotations, Samples samples) {
        this.format = format;
        this.signals = List.copyOf(signals);
        this.recordCount = recordCount;
        this.recordDuration = recordDuration;
        this.onsets = onsets;
        this.annotations = List.copyOf(annotations);
        this.samples = samples;
    }

    /** Continuous recording with values spread over each signal's whole digital range. */
    static SyntheticSource continuous(RecordingFormat format, List<SignalInfo> signals, int records) {
        return new SyntheticSource(format, signals, records, 1.0, null, List.of(), fullRange(signals));
    }

    /** Pseudo-random but reproducible values covering [digitalMin, digitalMax], both ends included. */
    static Samples fullRange(List<SignalInfo> signals) {
        return (signal, sample) -> {
            SignalInfo s = signals.get(signal);
            long span = (long) s.digitalMax() - s.digitalMin() + 1;
            if (sample % 97 == 0) return s.digitalMin();
            if (sample % 89 == 0) return s.digitalMax();
            return (int) (s.digitalMin() + Math.floorMod(mix(signal, sample), span));
        };
    }

    static long mix(int signal, long sample) {
        long h = sample * 0x9E3779B97F4A7C15L + signal * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 29);
    }

    static SignalInfo signal(String label, int spr, int digitalMin, int digitalMax, double physicalMin, double physicalMax) {
        return SignalInfo.of(label, "AgAgCl electrode", "uV", physicalMin, physicalMax, digitalMin, digitalMax,
                "HP:0.1Hz LP:70Hz", spr, spr / 1.0);
    }

    /** Makes the n-th and every later readDigital call throw, as a file truncated midway would. */
    SyntheticSource failAfterReads(int n) {
        this.readsBeforeFailure = n;
        return this;
    }

    SyntheticSource startingAt(LocalDateTime time) {
        this.start = time;
        return this;
    }

    /** Runs before every readDigital (to block or interrupt mid-import). */
    SyntheticSource onRead(Runnable action) {
        this.onRead = action;
        return this;
    }

    @Override
    public RecordingFormat format() {
        return format;
    }

    @Override
    public LocalDateTime startTime() {
        return start;
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    @Override
    public List<Annotation> annotations() {
        return annotations;
    }

    @Override
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (int r = 0; onsets != null && r + 1 < recordCount; r++) {
            double end = onsets[r] + recordDuration;
            if (onsets[r + 1] > end) gaps.add(new Gap(end, onsets[r + 1] - end));
        }
        return gaps;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public int recordCount() {
        return recordCount;
    }

    @Override
    public double recordDurationSeconds() {
        return recordDuration;
    }

    @Override
    public double recordOnsetSeconds(int record) {
        return onsets == null ? record * recordDuration : onsets[record];
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        onRead.run();
        if (readsBeforeFailure-- <= 0) throw new IllegalStateException("synthetic read failure at sample " + firstSample);
        if (firstSample < 0 || firstSample + count > sampleCount(signal)) throw new IndexOutOfBoundsException();
        for (int i = 0; i < count; i++) dst[offset + i] = samples.value(signal, firstSample + i);
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        SignalInfo s = signals.get(signal);
        for (int i = 0; i < count; i++) dst[offset + i] = s.toPhysical(samples.value(signal, firstSample + i));
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        SignalInfo s = signals.get(signal);
        for (int i = 0; i < count; i++) dst[offset + i] = (float) s.toPhysical(samples.value(signal, firstSample + i));
    }

    @Override
    public void close() {
    }
}
