package io.braingobrrr.core.synth;

/**
 * Posterior alpha as narrow-band noise: white noise through a two-pole resonator (centre ~10 Hz, about
 * 1.5 Hz wide). Such a signal waxes and wanes by itself over a second or two, like real alpha, and costs
 * two multiply-adds per sample with no sine calls. Left and right hemispheres get their own resonator
 * with a shared part of the drive, so O1 and O2 are correlated but not identical.
 */
final class AlphaRhythm {
    private static final double BANDWIDTH_HZ = 1.5;
    private static final double SHARED_DRIVE = 0.8;

    private final Rng shared;
    private final Rng left;
    private final Rng right;
    private final double a1;
    private final double a2;
    private final double norm;
    private double l1, l2, r1, r2;

    AlphaRhythm(long seed, double sampleRateHz, double frequencyHz) {
        shared = new Rng(seed, 101);
        left = new Rng(seed, 102);
        right = new Rng(seed, 103);
        double r = Math.exp(-Math.PI * BANDWIDTH_HZ / sampleRateHz);
        a1 = 2 * r * Math.cos(2 * Math.PI * frequencyHz / sampleRateHz);
        a2 = -r * r;
        // Variance of y = a1 y[-1] + a2 y[-2] + x for unit-variance x.
        double var = (1 - a2) / ((1 + a2) * ((1 - a2) * (1 - a2) - a1 * a1));
        norm = 1 / Math.sqrt(var);
    }

    /** Next {@code count} unit-variance samples of the left and right alpha generators. */
    void fill(double[] leftOut, double[] rightOut, int count) {
        double own = Math.sqrt(1 - SHARED_DRIVE * SHARED_DRIVE);
        double xl1 = l1, xl2 = l2, xr1 = r1, xr2 = r2;
        for (int i = 0; i < count; i++) {
            double common = SHARED_DRIVE * shared.nextWhite();
            double yl = a1 * xl1 + a2 * xl2 + common + own * left.nextWhite();
            double yr = a1 * xr1 + a2 * xr2 + common + own * right.nextWhite();
            xl2 = xl1;
            xl1 = yl;
            xr2 = xr1;
            xr1 = yr;
            leftOut[i] = yl * norm;
            rightOut[i] = yr * norm;
        }
        l1 = xl1; l2 = xl2; r1 = xr1; r2 = xr2;
    }
}
