package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.validation.NpzFile;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemDetectorTest {
    private static final RemDetector DETECTOR = new RemDetector(RemDetector.Parameters.defaults());

    @Test
    void realRemSleepEogHasRapidEyeMovementsAtAPlausibleDensity() throws Exception {
        // YASA tutorial data: 14.3 min of LOC/ROC at 256 Hz recorded in REM sleep (no event scoring ships with it).
        Map<String, NpzFile.Array> npz = NpzFile.read(SharedData.data("sleep/yasa/data_EOGs_REM_256Hz.npz"));
        assertThat(npz.get("sf").values()).containsExactly(256.0);
        double[] loc = npz.get("data").row(0), roc = npz.get("data").row(1);
        List<DetectedEvent> ev = DETECTOR.detect(loc, roc, 256, "LOC,ROC");
        double perMinute = ev.size() / (loc.length / 256.0 / 60);
        // Published REM densities in REM sleep lie between a few and ~30 movements a minute.
        assertThat(perMinute).isBetween(5.0, 30.0);
        assertThat(ev).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.REM);
            assertThat(e.durationSeconds()).isBetween(0.3, 1.5);
        });
    }

    @Test
    void conjugateMovementsCountButDeflectionsSharedByBothChannelsDoNot() {
        double fs = 128;
        int n = (int) (60 * fs);
        double[] loc = new double[n], roc = new double[n];
        Random r = new Random(5);
        for (int i = 0; i < n; i++) {
            loc[i] = 5 * r.nextGaussian();
            roc[i] = 5 * r.nextGaussian();
        }
        // eye movements: a fast 0.1 s ramp to 80 µV, held 0.4 s, decaying; LOC and ROC opposite
        double[] saccades = {5, 14, 22.5, 37, 51};
        for (double t : saccades) {
            for (int k = 0; k < (int) (0.8 * fs); k++) {
                double v = 80 * Math.min(1, k / (0.1 * fs)) * (k < 0.5 * fs ? 1 : Math.exp(-(k - 0.5 * fs) / (0.1 * fs)));
                loc[(int) (t * fs) + k] += v;
                roc[(int) (t * fs) + k] -= v;
            }
        }
        // a K-complex-like frontal wave seen by both electrodes in the same direction
        for (int k = 0; k < (int) fs; k++) {
            double v = -120 * Math.sin(Math.PI * k / fs);
            loc[(int) (30 * fs) + k] += v;
            roc[(int) (30 * fs) + k] += v;
        }
        List<DetectedEvent> ev = DETECTOR.detect(loc, roc, fs, "LOC,ROC");
        assertThat(ev).hasSize(saccades.length);
        for (int i = 0; i < saccades.length; i++) {
            assertThat(ev.get(i).onsetSeconds()).isBetween(saccades[i] - 0.6, saccades[i] + 0.6);
        }
        assertThat(DETECTOR.detect(loc, fs, "LOC")).as("one channel cannot tell the shared wave apart")
                .anySatisfy(e -> assertThat(e.onsetSeconds()).isBetween(29.5, 31.0));
    }

    @Test
    void refusesMismatchedOrTooShortInput() {
        assertThatThrownBy(() -> DETECTOR.detect(new double[1000], new double[999], 100, "x")).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> DETECTOR.detect(new double[100], 100, "x")).hasMessageContaining("at least 4 s");
    }
}
