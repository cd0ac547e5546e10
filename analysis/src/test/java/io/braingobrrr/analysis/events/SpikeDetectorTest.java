package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpikeDetectorTest {
    private static final SpikeDetector DETECTOR = new SpikeDetector(SpikeDetector.Parameters.defaults());

    /** Real background: 60 s of one channel of a real recording (PhysioNet eegmmidb, 160 Hz). */
    private static double[] realBackground() throws Exception {
        try (SignalSource s = RecordingReader.open(SharedData.data("eegmmidb/S001R04.edf"))) {
            int c = 0;
            while (!s.signals().get(c).label().startsWith("Cz")) c++;
            double[] x = new double[(int) (60 * s.signals().get(c).sampleRateHz())];
            s.readPhysical(c, 0, x, 0, x.length);
            return x;
        }
    }

    /** A triangle of the given base width and height (negative = surface-negative spike) centred on sample at. */
    private static void plant(double[] x, double fs, double atS, double baseS, double height) {
        int c = (int) Math.round(atS * fs), half = (int) Math.round(baseS * fs / 2);
        for (int k = -half; k <= half; k++) x[c + k] += height * (1 - Math.abs(k) / (double) half);
    }

    @Test
    void findsPlantedSpikesAndSharpWavesInRealBackgroundAtTheirTime() throws Exception {
        double[] x = realBackground();
        double fs = 160;
        List<DetectedEvent> before = DETECTOR.detect(x, fs, "Cz");
        double[] times = {5.3, 11.7, 17.2, 23.9, 29.4, 35.1, 41.6, 47.3, 52.8};
        for (int i = 0; i < times.length; i++) {
            // alternate spikes (50 ms) and sharp waves (150 ms), negative and positive, 400 µV on this ~50 µV background
            plant(x, fs, times[i], i % 2 == 0 ? 0.05 : 0.15, i % 3 == 0 ? 400 : -400);
        }
        List<DetectedEvent> after = DETECTOR.detect(x, fs, "Cz");
        int found = 0;
        for (double t : times) {
            if (after.stream().anyMatch(e -> Math.abs(e.onsetSeconds() + e.durationSeconds() / 2 - t) < 0.05)) found++;
        }
        assertThat(found).as("planted events found within 50 ms of their peak: %s", after).isEqualTo(times.length);
        assertThat(after.size() - times.length).as("nothing else appears").isLessThanOrEqualTo(before.size());
        assertThat(after).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.SPIKE);
            assertThat(e.durationSeconds()).isBetween(0.02, 0.2);
            assertThat(e.confidence()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void slowWavesAndModerateAlphaAreNotSpikes() {
        double fs = 256;
        double[] x = new double[(int) (30 * fs)];
        Random r = new Random(7);
        for (int i = 0; i < x.length; i++) x[i] = 10 * r.nextGaussian();
        for (int i = (int) (10 * fs); i < 12 * fs; i++) x[i] += 250 * Math.sin(2 * Math.PI * 1.0 * i / fs);   // 1 Hz slow wave: 500 ms half-waves
        for (int i = (int) (20 * fs); i < 24 * fs; i++) {   // a 4 s alpha burst at 2.5x background, waxing and waning
            double envelope = Math.sin(Math.PI * (i - 20 * fs) / (4 * fs));
            x[i] += 25 * envelope * Math.sin(2 * Math.PI * 10 * i / fs);
        }
        assertThat(DETECTOR.detect(x, fs, "X")).isEmpty();
        plant(x, fs, 15.0, 0.04, -150);
        List<DetectedEvent> one = DETECTOR.detect(x, fs, "X");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).onsetSeconds() + one.get(0).durationSeconds() / 2).isCloseTo(15.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void chunkedRunFindsTheSameSpikesAsOnePass() {
        double fs = 200;
        double[] x = new double[(int) (700 * fs)];
        Random r = new Random(3);
        for (int i = 0; i < x.length; i++) x[i] = 15 * r.nextGaussian();
        for (double t = 7; t < 700; t += 23.3) plant(x, fs, t, 0.06, -300);
        plant(x, fs, 300.01, 0.06, -300);   // right on the first chunk edge
        ArraySource src = new ArraySource(List.of("X"), (int) fs, 2000, new double[][] {x});
        double[] stored = new double[x.length];
        src.readPhysical(0, 0, stored, 0, stored.length);
        List<DetectedEvent> whole = DETECTOR.detect(stored, fs, "X");
        List<DetectedEvent> chunked = ChunkedDetection.run(src, 0, DETECTOR, 300, 10);
        assertThat(chunked).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(chunked.get(i).onsetSeconds()).isCloseTo(whole.get(i).onsetSeconds(), org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(whole.size()).isGreaterThanOrEqualTo(31);
    }

    @Test
    void refusesWhatItCannotAnalyse() {
        assertThatThrownBy(() -> DETECTOR.detect(new double[1000], 50, "X")).hasMessageContaining("at least 100 Hz");
        assertThatThrownBy(() -> DETECTOR.detect(new double[100], 256, "X")).hasMessageContaining("at least 2 s");
    }
}
