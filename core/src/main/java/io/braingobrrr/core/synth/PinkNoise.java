package io.braingobrrr.core.synth;

/**
 * Approximately 1/f^1.5 noise of unit variance from white noise through four parallel one-pole
 * low-passes (corners 0.5, 2, 8, 32 Hz, a factor 4 apart): each adds a flat shelf below its corner,
 * and shelf heights falling with the corner give the sloped spectrum. Four multiply-adds per sample,
 * against an FFT or a long FIR filter.
 */
final class PinkNoise {
    private static final double[] CORNERS_HZ = {0.5, 2, 8, 32};
    /** Amplitude slope: power ~ f^-1.5 gives amplitude ~ f^-0.75, so shelf gain ~ corner^-0.75. */
    private static final double SLOPE = 0.75;

    private final Rng rng;
    private final double a0, a1, a2, a3;
    private final double b0, b1, b2, b3;
    private double y0, y1, y2, y3;

    PinkNoise(Rng rng, double sampleRateHz) {
        this.rng = rng;
        double[] a = new double[4];
        double[] b = new double[4];
        for (int k = 0; k < 4; k++) {
            double fc = Math.min(CORNERS_HZ[k], sampleRateHz / 4);
            a[k] = Math.exp(-2 * Math.PI * fc / sampleRateHz);
            b[k] = (1 - a[k]) * Math.pow(CORNERS_HZ[k], -SLOPE);
        }
        // Exact output variance for unit-variance white input: sum over k,l of b_k b_l / (1 - a_k a_l).
        double var = 0;
        for (int k = 0; k < 4; k++) {
            for (int l = 0; l < 4; l++) var += b[k] * b[l] / (1 - a[k] * a[l]);
        }
        double norm = 1 / Math.sqrt(var);
        a0 = a[0]; a1 = a[1]; a2 = a[2]; a3 = a[3];
        b0 = b[0] * norm; b1 = b[1] * norm; b2 = b[2] * norm; b3 = b[3] * norm;
        // Start in the stationary state so the first seconds are not a slow rise from zero.
        double w = rng.nextWhite();
        y0 = w * b0 / Math.sqrt(1 - a0 * a0);
        y1 = rng.nextWhite() * b1 / Math.sqrt(1 - a1 * a1);
        y2 = rng.nextWhite() * b2 / Math.sqrt(1 - a2 * a2);
        y3 = rng.nextWhite() * b3 / Math.sqrt(1 - a3 * a3);
    }

    /** Adds {@code gain} times the next {@code count} samples to {@code dst[from..]}. */
    void addTo(double[] dst, int from, int count, double gain) {
        double s0 = y0, s1 = y1, s2 = y2, s3 = y3;
        for (int i = from, end = from + count; i < end; i++) {
            double w = rng.nextWhite();
            s0 = a0 * s0 + b0 * w;
            s1 = a1 * s1 + b1 * w;
            s2 = a2 * s2 + b2 * w;
            s3 = a3 * s3 + b3 * w;
            dst[i] += gain * (s0 + s1 + s2 + s3);
        }
        y0 = s0; y1 = s1; y2 = s2; y3 = s3;
    }
}
