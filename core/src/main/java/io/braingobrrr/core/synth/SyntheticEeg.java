package io.braingobrrr.core.synth;

import java.util.List;

/**
 * EEG-like signals, reproducible from a seed, generated as a continuous stream block by block (for
 * files and for a simulated amplifier alike): output depends only on seed, channel count and rate, never
 * on how the stream is cut into blocks.
 *
 * <p>Each channel is the sum of (µV, typical RMS): a 1/f background (~10), half its own and half mixed
 * from five regional sources by distance, so neighbours correlate; posterior alpha near 10 Hz (up to ~15
 * at O1/O2 with eyes closed, a quarter of that with eyes open, fading towards the front); blinks on the
 * frontopolar channels (100-200 peak at Fp1/Fp2 every 3-8 s while the eyes are open); and a little
 * 50 Hz mains hum (0.5-2). Everything is recursive filtering of cheap noise: no FFT, no sine per sample.
 */
public final class SyntheticEeg {
    private static final double BACKGROUND_UV = 10;
    private static final double OWN_SHARE = 0.6;
    private static final double ALPHA_UV = 15;
    private static final double LINE_HZ = 50;
    private static final int BLOCK = 4096;
    private static final double[][] REGIONS = {{-2, 2.5}, {2, 2.5}, {0, 0}, {-2, -2.5}, {2, -2.5}};

    private final int channels;
    private final double rate;
    private final long seed;
    private final List<String> labels;
    private final PinkNoise[] own;
    private final PinkNoise[] regional;
    private final double[][] regionWeight;
    private final double[] alphaLeft, alphaRight, blinkWeight, lineAmplitude;
    private final AlphaRhythm alpha;
    private final EyeActivity eyes;
    private final double lineCos, lineSin;
    private double lineC = 1, lineS = 0;
    private long position;
    private Transients transients;

    private final double[][] regionalBlock;
    private final double[] leftBlock = new double[BLOCK], rightBlock = new double[BLOCK];
    private final double[] gainBlock = new double[BLOCK], blinkBlock = new double[BLOCK];
    private final double[] lineBlock = new double[BLOCK], channelBlock = new double[BLOCK];

    public SyntheticEeg(int channels, double sampleRateHz, long seed) {
        if (!(sampleRateHz >= 1) || sampleRateHz > 100_000) {
            throw new IllegalArgumentException("sample rate must be 1..100000 Hz, was " + sampleRateHz);
        }
        this.labels = ScalpLayout.labels(channels);
        this.channels = channels;
        this.rate = sampleRateHz;
        this.seed = seed;
        Rng setup = new Rng(seed, 1);
        alpha = new AlphaRhythm(seed, sampleRateHz, setup.uniform(9.5, 10.5));
        eyes = new EyeActivity(seed, sampleRateHz);
        regional = new PinkNoise[REGIONS.length];
        for (int k = 0; k < REGIONS.length; k++) regional[k] = new PinkNoise(new Rng(seed, 300 + k), sampleRateHz);
        regionalBlock = new double[REGIONS.length][BLOCK];
        own = new PinkNoise[channels];
        regionWeight = new double[channels][REGIONS.length];
        alphaLeft = new double[channels];
        alphaRight = new double[channels];
        blinkWeight = new double[channels];
        lineAmplitude = new double[channels];
        boolean hum = sampleRateHz > 2.2 * LINE_HZ;   // at or above Nyquist, mains would alias into the EEG band
        for (int c = 0; c < channels; c++) {
            own[c] = new PinkNoise(new Rng(seed, 1000 + c), sampleRateHz);
            double[] p = ScalpLayout.position(labels.get(c));
            weighRegions(c, p);
            // Alpha: strongest occipital, ~60% parietal, a few percent frontal (volume conduction).
            double posterior = Math.exp(-(p[1] + 4) * (p[1] + 4) / 8) + 0.03;
            double theta = Math.PI / 4 * (1 + Math.tanh(p[0] / 2));   // 0 = left hemisphere, pi/2 = right
            alphaLeft[c] = ALPHA_UV * posterior * Math.cos(theta);
            alphaRight[c] = ALPHA_UV * posterior * Math.sin(theta);
            blinkWeight[c] = Math.exp(-(4 - p[1])) * Math.exp(-p[0] * p[0] / 18);
            lineAmplitude[c] = hum ? setup.uniform(0.5, 2) : 0;
        }
        lineCos = Math.cos(2 * Math.PI * LINE_HZ / sampleRateHz);
        lineSin = Math.sin(2 * Math.PI * LINE_HZ / sampleRateHz);
    }

    /** Regional weights fall off with distance and share (1 - OWN_SHARE^2) of the background variance. */
    private void weighRegions(int c, double[] p) {
        double sum = 0;
        for (int k = 0; k < REGIONS.length; k++) {
            double dx = p[0] - REGIONS[k][0];
            double dy = p[1] - REGIONS[k][1];
            double w = Math.exp(-(dx * dx + dy * dy) / 8);
            regionWeight[c][k] = w;
            sum += w * w;
        }
        double scale = BACKGROUND_UV * Math.sqrt((1 - OWN_SHARE * OWN_SHARE) / sum);
        for (int k = 0; k < REGIONS.length; k++) regionWeight[c][k] *= scale;
    }

    public List<String> labels() {
        return labels;
    }

    public int channelCount() {
        return channels;
    }

    public double sampleRateHz() {
        return rate;
    }

    public long seed() {
        return seed;
    }

    /**
     * Adds muscle bursts and occasional spikes from now on (a live simulated amplifier wants them; files
     * written before keep their exact content because the default is off).
     */
    public SyntheticEeg withTransients() {
        if (transients == null) transients = new Transients(seed, rate, labels);
        return this;
    }

    /**
     * Eyes open (true: posterior alpha blocks within about half a second) or closed (false) from the next
     * sample on, as the technician's marker says; null returns to the built-in random schedule.
     */
    public void setEyesOpen(Boolean open) {
        eyes.force(open);
    }

    /** Index of the next sample {@link #nextBlock} produces. */
    public long position() {
        return position;
    }

    /**
     * The next {@code count} samples of every channel in µV: {@code dst[channel][offset + i]}.
     * Consecutive calls continue the same signal.
     */
    public void nextBlock(float[][] dst, int offset, int count) {
        if (dst.length < channels) throw new IllegalArgumentException("dst has " + dst.length + " channels, need " + channels);
        for (int done = 0; done < count; ) {
            int n = Math.min(BLOCK, count - done);
            generate(dst, offset + done, n);
            if (transients != null) transients.addTo(dst, offset + done, n, channels);
            done += n;
        }
    }

    /** Advances by {@code samples} without returning them (the stream must still be computed to stay identical). */
    public void skip(long samples) {
        float[][] scratch = new float[channels][BLOCK];
        while (samples > 0) {
            int n = (int) Math.min(BLOCK, samples);
            generate(scratch, 0, n);
            if (transients != null) transients.addTo(scratch, 0, n, channels);
            samples -= n;
        }
    }

    private void generate(float[][] dst, int offset, int n) {
        for (int k = 0; k < REGIONS.length; k++) {
            java.util.Arrays.fill(regionalBlock[k], 0, n, 0);
            regional[k].addTo(regionalBlock[k], 0, n, 1);
        }
        alpha.fill(leftBlock, rightBlock, n);
        eyes.fill(gainBlock, blinkBlock, n);
        double c = lineC, s = lineS;
        for (int i = 0; i < n; i++) {
            lineBlock[i] = s;
            double nc = c * lineCos - s * lineSin;
            s = c * lineSin + s * lineCos;
            c = nc;
        }
        double mag = Math.sqrt(c * c + s * s);   // keep the recursive oscillator on the unit circle
        lineC = c / mag;
        lineS = s / mag;
        for (int i = 0; i < n; i++) {
            leftBlock[i] *= gainBlock[i];
            rightBlock[i] *= gainBlock[i];
        }
        for (int ch = 0; ch < channels; ch++) {
            double[] x = channelBlock;
            java.util.Arrays.fill(x, 0, n, 0);
            own[ch].addTo(x, 0, n, BACKGROUND_UV * OWN_SHARE);
            double w0 = regionWeight[ch][0], w1 = regionWeight[ch][1], w2 = regionWeight[ch][2];
            double w3 = regionWeight[ch][3], w4 = regionWeight[ch][4];
            double al = alphaLeft[ch], ar = alphaRight[ch], bw = blinkWeight[ch], la = lineAmplitude[ch];
            double[] r0 = regionalBlock[0], r1 = regionalBlock[1], r2 = regionalBlock[2];
            double[] r3 = regionalBlock[3], r4 = regionalBlock[4];
            float[] out = dst[ch];
            for (int i = 0; i < n; i++) {
                double v = x[i] + w0 * r0[i] + w1 * r1[i] + w2 * r2[i] + w3 * r3[i] + w4 * r4[i]
                        + al * leftBlock[i] + ar * rightBlock[i] + bw * blinkBlock[i] + la * lineBlock[i];
                out[offset + i] = (float) v;
            }
        }
        position += n;
    }

    /** Sample indices below {@code samples} where the eyes close (even positions) and reopen (odd positions). */
    public long[] eyeStateChanges(long samples) {
        return EyeActivity.changes(seed, rate, samples);
    }
}
