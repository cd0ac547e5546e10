package io.braingobrrr.core.synth;

/**
 * Eyes open and closed in alternating spells of 20-60 s, starting open; blinks every 3-8 s while open.
 * Closing the eyes raises posterior alpha (the Berger effect), which is what makes the "eyes closed"
 * annotations of a synthetic file visible in its spectrum.
 *
 * <p>The schedule comes from its own random stream, so {@link #changes} can list the transitions of a
 * whole recording for its annotations without generating a sample.
 */
final class EyeActivity {
    static final double ALPHA_GAIN_OPEN = 0.25;
    private static final double ALPHA_GAIN_CLOSED = 1.0;
    private static final double ALPHA_SMOOTHING_S = 0.4;
    private static final double BLINK_SECONDS = 0.35;

    private final double rate;
    private final Rng spells;
    private final Rng blinks;
    private final double[] blinkShape;
    private final double smoothing;
    private boolean open = true;
    private long sample;
    private long nextChange;
    private long nextBlink;
    private int blinkPos = -1;
    private double blinkAmplitude;
    private double alphaGain = ALPHA_GAIN_OPEN;
    private Boolean forced;

    EyeActivity(long seed, double sampleRateHz) {
        this.rate = sampleRateHz;
        this.spells = new Rng(seed, 201);
        this.blinks = new Rng(seed, 202);
        this.nextChange = spell();
        this.nextBlink = blinkInterval();
        int n = Math.max(2, (int) Math.round(BLINK_SECONDS * sampleRateHz));
        blinkShape = new double[n];
        // Fast lid closure, slower reopening: a skewed hump, precomputed once so the per-sample cost is a lookup.
        int peak = Math.max(1, n / 3);
        for (int i = 0; i < n; i++) {
            double t = i < peak ? (double) i / peak : 1 - (double) (i - peak) / (n - peak);
            blinkShape[i] = 0.5 - 0.5 * Math.cos(Math.PI * t);
        }
        smoothing = Math.exp(-1 / (ALPHA_SMOOTHING_S * sampleRateHz));
    }

    private long spell() {
        return Math.round(spells.uniform(20, 60) * rate);
    }

    private long blinkInterval() {
        return Math.round(blinks.uniform(3, 8) * rate);
    }

    /** Next {@code count} samples: alpha gain (0.25 open .. 1 closed, smoothed) and blink deflection in µV at Fp1. */
    void fill(double[] alphaGainOut, double[] blinkOut, int count) {
        for (int i = 0; i < count; i++, sample++) {
            if (forced != null) {
                open = forced;
            } else if (sample >= nextChange) {
                open = !open;
                nextChange += spell();
            }
            if (sample >= nextBlink) {
                if (open && blinkPos < 0) {
                    blinkPos = 0;
                    blinkAmplitude = blinks.uniform(100, 200);
                }
                nextBlink += blinkInterval();
            }
            double target = open ? ALPHA_GAIN_OPEN : ALPHA_GAIN_CLOSED;
            alphaGain = smoothing * alphaGain + (1 - smoothing) * target;
            alphaGainOut[i] = alphaGain;
            if (blinkPos >= 0) {
                blinkOut[i] = blinkAmplitude * blinkShape[blinkPos++];
                if (blinkPos == blinkShape.length) blinkPos = -1;
            } else {
                blinkOut[i] = 0;
            }
        }
    }

    /**
     * Holds the eyes open (true) or closed (false) from the next sample on, as an "eyes open" marker at a
     * live recording asks; null returns to the random schedule, whose next change comes a spell later.
     */
    void force(Boolean eyesOpen) {
        if (forced != null && eyesOpen == null) nextChange = sample + spell();
        forced = eyesOpen;
    }

    /**
     * Sample indices below {@code samples} at which the eyes change state; the first closes them
     * (recordings start with eyes open).
     */
    static long[] changes(long seed, double sampleRateHz, long samples) {
        EyeActivity e = new EyeActivity(seed, sampleRateHz);
        long[] out = new long[16];
        int n = 0;
        while (e.nextChange < samples) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = e.nextChange;
            e.nextChange += e.spell();
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
