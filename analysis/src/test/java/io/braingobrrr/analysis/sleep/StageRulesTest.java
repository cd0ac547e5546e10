package io.braingobrrr.analysis.sleep;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StageRulesTest {
    private static final double FS = 100;

    @Test
    void emgIsMeasuredInDecibelsAgainstTheNightsMedian() {
        // 10 epochs of white noise with SD 10 uV, then 10 with SD 20 uV: 4x the power, +6.02 dB. The median epoch
        // lies half-way (+3.01 dB over the quiet half), so the quiet epochs read -3.01 dB and the loud ones +3.01.
        Random rnd = new Random(7);
        int half = (int) (10 * 30 * FS);
        double[] emg = new double[2 * half];
        for (int i = 0; i < emg.length; i++) emg[i] = rnd.nextGaussian() * (i < half ? 10 : 20);
        double[] db = PolygraphyFeatures.emgRelativeDb(new Polygraphy(null, null, 0, emg, FS), 21);
        for (int e = 0; e < 10; e++) assertThat(db[e]).as("quiet epoch " + e).isCloseTo(-3.01, within(0.3));
        for (int e = 10; e < 20; e++) assertThat(db[e]).as("loud epoch " + e).isCloseTo(3.01, within(0.3));
        assertThat(db[20]).as("an epoch the EMG does not cover").isNaN();
        assertThat(PolygraphyFeatures.emgRelativeDb(Polygraphy.NONE, 3)).containsOnly(Double.NaN);
        assertThat(PolygraphyFeatures.remsPerEpoch(Polygraphy.NONE, 3)).containsOnly(Double.NaN);
    }

    @Test
    void slowWaveShareCountsOnlyBigSlowWaves() {
        // epoch 0: 15 s of 1 Hz waves at 100 uV peak-to-peak, then flat: 50 %; epoch 1: the same at 40 uV: 0 %;
        // epoch 2: 100 uV at 6 Hz (too fast): 0 %
        int n = (int) (30 * FS);
        double[] x = new double[3 * n];
        for (int i = 0; i < n / 2; i++) {
            x[i] = 50 * Math.sin(2 * Math.PI * i / FS);
            x[n + i] = 20 * Math.sin(2 * Math.PI * i / FS);
        }
        for (int i = 2 * n; i < 3 * n; i++) x[i] = 50 * Math.sin(2 * Math.PI * 6 * i / FS);
        double[] share = StageRules.slowWaveShare(x, FS, 3);
        assertThat(share[0]).isCloseTo(0.5, within(0.05));
        assertThat(share[1]).isZero();
        assertThat(share[2]).isZero();
    }

    @Test
    void rulesMultiplyThePosteriorsTheyConcern() {
        // uniform posterior, REMs with a quiet chin (-5 dB), slow waves 15 % (neither for nor against N3):
        // R x 9, W / 3, N3 / 3 (REMs argue against N3); by hand 1.8, 0.2, 0.2, 0.0667, 0.0667 over 2.3333
        double[] p = {0.2, 0.2, 0.2, 0.2, 0.2};
        StageRules.apply(p, 0.15, 3, -5);
        assertThat(p[SleepStage.R.ordinal()]).isCloseTo(1.8 / 2.3333333, within(1e-6));
        assertThat(p[SleepStage.W.ordinal()]).isCloseTo(0.0666667 / 2.3333333, within(1e-6));
        assertThat(p[SleepStage.N2.ordinal()]).isCloseTo(0.2 / 2.3333333, within(1e-6));
        // nothing known: unchanged
        double[] q = {0.1, 0.2, 0.3, 0.3, 0.1};
        StageRules.apply(q, Double.NaN, Double.NaN, Double.NaN);
        assertThat(q).containsExactly(new double[] {0.1, 0.2, 0.3, 0.3, 0.1}, within(1e-12));
        // dense eye movements (0.5 Hz and more) are wake's, not REM sleep's
        double[] w = {0.2, 0.2, 0.2, 0.2, 0.2};
        StageRules.apply(w, 0.15, 20, Double.NaN);
        assertThat(w[SleepStage.W.ordinal()]).isGreaterThan(0.6);
        assertThat(w[SleepStage.R.ordinal()]).isCloseTo(w[SleepStage.N1.ordinal()], within(1e-12));
    }

    @Test
    void aModelWithoutRemLendsN1ToR() {
        double[] p = {0.1, 0.4, 0.5, 0.0, 0.0};
        StageRules.lendN1ToRem(p);
        assertThat(p[SleepStage.R.ordinal()]).isCloseTo(0.4 / 1.4, within(1e-12));
        assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-12));
    }
}
