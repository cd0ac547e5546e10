package io.braingobrrr.acquisition.simulated;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sleep-like patterns added on top of the simulated amplifier's EEG (a flag of the simulated device), so sleep
 * tools can be tried on a "live" patient. A fixed cycle of 30 s epochs, N2, N2, N3, N3, N2, REM, REM, repeats:
 * <ul>
 *   <li>N2: spindles (12-14 Hz, 0.8-1.6 s, Hann envelope, ~40 µV peak centrally) every 6-14 s, and K-complexes
 *       (a sharp negative wave of ~-120 µV then a slower positive one, about 1 s, frontocentral) every 15-30 s;</li>
 *   <li>N3: slow waves, 0.6-1.6 Hz of ~70 µV peak frontally, continuous;</li>
 *   <li>REM: rapid eye movements, 150 µV steps of 0.15 s decaying over a second, every 0.7-3 s, on EOG labels
 *       (EOG, LOC/ROC, E1/E2) in opposite polarity left and right, and a third of that on Fp1/Fp2.</li>
 * </ul>
 * Like the rest of the generator the output depends only on seed and rate, not on how the stream is cut into
 * blocks: events are scheduled in samples and drawn sample by sample.
 */
final class SleepPatterns {
    enum Stage { N2, N3, REM }

    static final double EPOCH_SECONDS = 30;
    private static final Stage[] CYCLE = {Stage.N2, Stage.N2, Stage.N3, Stage.N3, Stage.N2, Stage.REM, Stage.REM};

    private final double rate;
    private final Random rnd;
    private final double[] spindleWeight, kWeight, slowWeight, eyeWeight;
    private long position;
    private long nextSpindle, nextK, nextEye;
    private long spindleStart = -1, kStart = -1, eyeStart = -1;
    private int spindleLength;
    private double spindleHz, eyeSign;
    private double slowPhase, slowHz = 1;

    SleepPatterns(List<String> labels, double rateHz, long seed) {
        this.rate = rateHz;
        this.rnd = new Random(seed ^ 0x5EE9L);
        int n = labels.size();
        spindleWeight = new double[n];
        kWeight = new double[n];
        slowWeight = new double[n];
        eyeWeight = new double[n];
        for (int ch = 0; ch < n; ch++) {
            String l = labels.get(ch).toUpperCase(Locale.ROOT);
            boolean central = l.startsWith("C") || l.startsWith("FC") || l.startsWith("CP");
            boolean frontal = l.startsWith("F") && !l.startsWith("FP") || l.startsWith("AF");
            boolean parietal = l.startsWith("P") && !l.startsWith("PO");
            spindleWeight[ch] = central ? 1 : frontal || parietal ? 0.6 : 0.25;
            kWeight[ch] = frontal || central ? 1 : l.startsWith("FP") || parietal ? 0.6 : 0.3;
            slowWeight[ch] = frontal || l.startsWith("FP") ? 1 : central ? 0.8 : 0.5;
            eyeWeight[ch] = eyeSide(l);
        }
        nextSpindle = seconds(2);
        nextK = seconds(5);
        nextEye = 0;
    }

    /** +1 left eye channel, -1 right (a horizontal movement is seen in opposite polarity), Fp1/Fp2 a third. */
    private static double eyeSide(String l) {
        if (l.contains("EOG") || l.equals("LOC") || l.equals("ROC") || l.equals("E1") || l.equals("E2")) {
            boolean right = l.contains("ROC") || l.contains("E2") || l.contains("R") && !l.contains("L");
            return right ? -1 : 1;
        }
        if (l.equals("FP1")) return 0.33;
        if (l.equals("FP2")) return -0.33;
        return 0;
    }

    /** The stage of the epoch holding sample {@code sample}. */
    Stage stageAt(long sample) {
        return CYCLE[(int) (sample / seconds(EPOCH_SECONDS) % CYCLE.length)];
    }

    /** Adds the patterns to {@code dst[channel][offset..offset+count)} (µV). */
    void addTo(float[][] dst, int offset, int count, int channels) {
        for (int i = 0; i < count; i++, position++) {
            Stage stage = stageAt(position);
            schedule(stage);
            double spindle = spindle();
            double k = kComplex();
            double slow = stage == Stage.N3 ? slow() : 0;
            double eye = eye();
            if (spindle == 0 && k == 0 && slow == 0 && eye == 0) continue;
            for (int ch = 0; ch < channels; ch++) {
                dst[ch][offset + i] += (float) (spindle * spindleWeight[ch] + k * kWeight[ch] + slow * slowWeight[ch]
                        + eye * eyeWeight[ch]);
            }
        }
    }

    private void schedule(Stage stage) {
        if (position >= nextSpindle) {
            if (stage == Stage.N2 && spindleStart < 0) {
                spindleStart = position;
                spindleLength = (int) seconds(0.8 + 0.8 * rnd.nextDouble());
                spindleHz = 12 + 2 * rnd.nextDouble();
            }
            nextSpindle = position + seconds(6 + 8 * rnd.nextDouble());
        }
        if (position >= nextK) {
            if (stage == Stage.N2 && kStart < 0 && spindleStart < 0) kStart = position;
            nextK = position + seconds(15 + 15 * rnd.nextDouble());
        }
        if (position >= nextEye) {
            if (stage == Stage.REM) {
                eyeStart = position;
                eyeSign = rnd.nextBoolean() ? 1 : -1;
            }
            nextEye = position + seconds(0.7 + 2.3 * rnd.nextDouble());
        }
    }

    private double spindle() {
        if (spindleStart < 0) return 0;
        long k = position - spindleStart;
        if (k >= spindleLength) {
            spindleStart = -1;
            return 0;
        }
        double env = 0.5 - 0.5 * Math.cos(2 * Math.PI * k / (spindleLength - 1));
        return 40 * env * Math.sin(2 * Math.PI * spindleHz * k / rate);
    }

    /** -120 µV half-sine over 0.35 s, then +60 µV over 0.6 s. */
    private double kComplex() {
        if (kStart < 0) return 0;
        double t = (position - kStart) / rate;
        if (t < 0.35) return -120 * Math.sin(Math.PI * t / 0.35);
        if (t < 0.95) return 60 * Math.sin(Math.PI * (t - 0.35) / 0.6);
        kStart = -1;
        return 0;
    }

    private double slow() {
        slowPhase += 2 * Math.PI * slowHz / rate;
        if (slowPhase > 2 * Math.PI) {
            slowPhase -= 2 * Math.PI;
            slowHz = 0.6 + rnd.nextDouble();        // each wave its own length
        }
        return 70 * Math.sin(slowPhase);
    }

    /** A saccade: a step up over 0.15 s that decays back over about a second. */
    private double eye() {
        if (eyeStart < 0) return 0;
        double t = (position - eyeStart) / rate;
        if (t > 1.5) {
            eyeStart = -1;
            return 0;
        }
        double rise = Math.min(1, t / 0.15);
        return eyeSign * 150 * rise * Math.exp(-Math.max(0, t - 0.15) / 0.4);
    }

    private long seconds(double s) {
        return Math.max(1, Math.round(s * rate));
    }
}
