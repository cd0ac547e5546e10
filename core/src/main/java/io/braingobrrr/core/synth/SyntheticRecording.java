package io.braingobrrr.core.synth;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SyntheticEeg synthetic EEG} presented as a recording: 1-second records, µV stored as
 * 16-bit digital values in 0.1 µV steps (physical ±3276.7 µV for digital ±32767, so the step is exactly
 * 0.1), with "eyes open"/"eyes closed" annotations where the generator changes eye state.
 *
 * <p>Samples are generated on demand into a window of all channels, which suits readers that take
 * every signal over the same stretch before moving on (the EDF writer does). Reading backwards restarts
 * the generator from the beginning, which is correct but slow.
 */
public final class SyntheticRecording extends AbstractSignalSource {
    public static final double PHYSICAL_LIMIT_UV = 3276.7;
    public static final int DIGITAL_LIMIT = 32767;
    private static final double STEP_UV = 0.1;
    private static final int MIN_WINDOW = 1 << 16;
    private static final int MAX_WINDOW = 1 << 19;

    private final int channels;
    private final int rate;
    private final int seconds;
    private final long seed;
    private SyntheticEeg generator;
    private short[][] window = new short[0][0];
    private long windowStart = -1;
    private int windowLength;
    private final float[][] scratch;

    /**
     * @param sampleRateHz samples per second and channel (whole number: one record holds one second)
     * @param seconds      length; the sample count of each signal is seconds * sampleRateHz
     */
    public SyntheticRecording(int channels, int sampleRateHz, int seconds, long seed, LocalDateTime start) {
        this(checked(channels, sampleRateHz, seconds, seed), sampleRateHz, seconds, seed, start);
    }

    private SyntheticRecording(SyntheticEeg generator, int sampleRateHz, int seconds, long seed, LocalDateTime start) {
        super(describe(generator, sampleRateHz, seconds, start));
        this.generator = generator;
        this.channels = generator.labels().size();
        this.rate = sampleRateHz;
        this.seconds = seconds;
        this.seed = seed;
        scratch = new float[channels][4096];
    }

    private static SyntheticEeg checked(int channels, int sampleRateHz, int seconds, long seed) {
        if (seconds < 1) throw new IllegalArgumentException("duration must be at least 1 s, was " + seconds);
        return new SyntheticEeg(channels, sampleRateHz, seed);
    }

    /** 1-second records, EDF+C, with the generator's eye-state changes as annotations. */
    private static RecordingInfo describe(SyntheticEeg generator, int rate, int seconds, LocalDateTime start) {
        List<SignalInfo> signals = new ArrayList<>();
        for (String label : generator.labels()) {
            signals.add(SignalInfo.of(label, "synthetic EEG", "uV", -PHYSICAL_LIMIT_UV, PHYSICAL_LIMIT_UV,
                    -DIGITAL_LIMIT, DIGITAL_LIMIT, "", rate, rate));
        }
        List<Annotation> annotations = new ArrayList<>();
        annotations.add(new Annotation(0, Double.NaN, "eyes open"));
        long[] changes = generator.eyeStateChanges((long) seconds * rate);
        for (int i = 0; i < changes.length; i++) {
            annotations.add(new Annotation((double) changes[i] / rate, Double.NaN, i % 2 == 0 ? "eyes closed" : "eyes open"));
        }
        return new RecordingInfo(RecordingFormat.EDF_PLUS_C, start, signals, annotations, List.of(), List.of(),
                seconds, 1, null, "", "");
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        long s = firstSample;
        for (int done = 0; done < count; ) {
            int available = fillWindow(s, count - done);
            int at = (int) (s - windowStart);
            int n = Math.min(count - done, available);
            short[] w = window[signal];
            for (int i = 0; i < n; i++) dst[offset + done + i] = w[at + i];
            done += n;
            s += n;
        }
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        int[] digital = new int[count];
        readDigital(signal, firstSample, digital, 0, count);
        for (int i = 0; i < count; i++) dst[offset + i] = digital[i] * STEP_UV;
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        int[] digital = new int[count];
        readDigital(signal, firstSample, digital, 0, count);
        for (int i = 0; i < count; i++) dst[offset + i] = (float) (digital[i] * STEP_UV);
    }

    /** Makes the window hold sample {@code from}; returns how many samples from there it holds. */
    private int fillWindow(long from, int wanted) {
        if (from >= windowStart && from < windowStart + windowLength) return (int) (windowStart + windowLength - from);
        long total = (long) seconds * rate;
        int length = (int) Math.min(total - from, Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, wanted)));
        if (window.length == 0 || window[0].length < length) window = new short[channels][length];
        if (generator.position() > from) generator = new SyntheticEeg(channels, rate, seed);
        generator.skip(from - generator.position());
        for (int done = 0; done < length; ) {
            int n = Math.min(scratch[0].length, length - done);
            generator.nextBlock(scratch, 0, n);
            for (int c = 0; c < channels; c++) quantise(scratch[c], window[c], done, n);
            done += n;
        }
        windowStart = from;
        windowLength = length;
        return length;
    }

    private static void quantise(float[] uv, short[] dst, int at, int n) {
        for (int i = 0; i < n; i++) {
            long d = Math.round(uv[i] * 10.0);   // 0.1 µV steps
            dst[at + i] = (short) Math.max(-DIGITAL_LIMIT, Math.min(DIGITAL_LIMIT, d));
        }
    }

    @Override
    public void close() {
        window = new short[0][0];
    }
}
