package io.braingobrrr.analysis.sleep;

import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.ZeroPhase;

/**
 * Knowledge-based evidence from the AASM scoring rules, needing no training data: each rule that fires multiplies
 * the posterior of the stages it supports (or contradicts) by {@link #FACTOR} (or its inverse). The thresholds are
 * the textbook ones, fixed before measuring; the factor 3 was set a priori, not tuned.
 * <ul>
 *   <li>N3: at least 20 % of the epoch holds 0.5–2 Hz waves of at least 75 µV peak-to-peak (the AASM definition);
 *       under 10 % argues against N3.</li>
 *   <li>R: rapid eye movements in the epoch; a chin EMG at least 2 dB below the night's median as well (atonia)
 *       doubles the weight. REMs argue against N3.</li>
 *   <li>W: chin EMG at least 6 dB above the night's median (awake tone, movement); a quiet chin argues against W
 *       and a loud one against R. Eye movements at 0.5 Hz or more (15 per epoch: the AASM lower bound of waking
 *       blink frequency) are wake's blinks and saccades, not REM sleep's bursts: they count for W, not for R.</li>
 * </ul>
 * A model that never saw REM (a training set without it) gets its N1 posterior copied to R before the rules:
 * REM EEG is low-amplitude mixed frequency like N1, and only the EOG/EMG rules can then tell them apart.
 */
public final class StageRules {
    public static final double FACTOR = 3;
    public static final double SLOW_WAVE_UV = 75;
    public static final double N3_SHARE = 0.20;
    static final double NOT_N3_SHARE = 0.10;
    static final double ATONIA_DB = -2;
    static final double AWAKE_EMG_DB = 6;
    static final double WAKE_EYE_MOVEMENTS = 15;

    private StageRules() {
    }

    /**
     * Share of each epoch covered by 0.5–2 Hz waves of at least 75 µV peak-to-peak: the EEG is band-passed
     * 0.3–4 Hz (Butterworth order 2, zero-phase) and cut into waves between upward zero crossings; a wave counts whole,
     * in the epoch of its midpoint, when it lasts 0.5–2 s and swings 75 µV or more.
     */
    public static double[] slowWaveShare(double[] eeg, double fs, int epochs) {
        // a pass band wider than 0.5-2 Hz: zero-phase filtering halves the amplitude at its cut-offs, which would
        // shrink the very waves being measured; the 0.5-2 s wave length selects the frequency instead
        double[] y = ZeroPhase.filtfilt(Butterworth.bandPass(2, 0.3, 4.0, fs), eeg);
        double[] seconds = new double[epochs];
        int start = -1;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < y.length; i++) {
            lo = Math.min(lo, y[i]);
            hi = Math.max(hi, y[i]);
            if (y[i - 1] < 0 && y[i] >= 0) {
                if (start >= 0) {
                    double d = (i - start) / fs;
                    int e = (int) ((start + i) / 2.0 / fs / EpochFeatures.EPOCH_SECONDS);
                    if (d >= 0.5 && d <= 2.0 && hi - lo >= SLOW_WAVE_UV && e < epochs) seconds[e] += d;
                }
                start = i;
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
            }
        }
        for (int e = 0; e < epochs; e++) seconds[e] = Math.min(1, seconds[e] / EpochFeatures.EPOCH_SECONDS);
        return seconds;
    }

    /**
     * Applies the rules to one epoch's posterior {@code p} (in {@link SleepStage} order) in place and renormalises.
     * NaN inputs (channel absent) fire no rule.
     */
    public static void apply(double[] p, double slowWaveShare, double rems, double emgDb) {
        int n3 = SleepStage.N3.ordinal(), r = SleepStage.R.ordinal(), w = SleepStage.W.ordinal();
        if (slowWaveShare >= N3_SHARE) p[n3] *= FACTOR;
        else if (slowWaveShare < NOT_N3_SHARE) p[n3] /= FACTOR;
        boolean quiet = emgDb <= ATONIA_DB, loud = emgDb >= AWAKE_EMG_DB;
        if (rems >= WAKE_EYE_MOVEMENTS) {
            p[w] *= FACTOR * FACTOR;
            p[n3] /= FACTOR;
        } else if (rems >= 1) {
            p[r] *= quiet ? FACTOR * FACTOR : FACTOR;
            p[n3] /= FACTOR;
        }
        if (quiet) p[w] /= FACTOR;
        if (loud) {
            p[w] *= FACTOR;
            p[r] /= FACTOR;
        }
        double s = 0;
        for (double v : p) s += v;
        for (int k = 0; k < p.length; k++) p[k] /= s;
    }

    /** For a model trained without REM: R gets N1's posterior (see the class comment), then all renormalise. */
    public static void lendN1ToRem(double[] p) {
        p[SleepStage.R.ordinal()] = p[SleepStage.N1.ordinal()];
        double s = 0;
        for (double v : p) s += v;
        for (int k = 0; k < p.length; k++) p[k] /= s;
    }
}
