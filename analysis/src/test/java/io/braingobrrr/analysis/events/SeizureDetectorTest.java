package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.validation.BonnSegments;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Continuous seizure detection on real material: a Bonn ictal segment (set S) placed between two interictal
 * segments (set F, same intracranial recordings' kind) must be found, with onset and offset near the joins,
 * and long runs of non-ictal segments must stay quiet. The figures go to docs/VALIDATION.md via brrr validate.
 */
class SeizureDetectorTest {
    private static final double FS = BonnSegments.RATE_HZ;
    private static final SeizureDetector DETECTOR = new SeizureDetector(SeizureDetector.Parameters.defaults());
    private static List<BonnSegments.Segment> segments;

    @BeforeAll
    static void load() throws Exception {
        segments = BonnSegments.readAll(SharedData.data("seizure/bonn"));
    }

    private static List<BonnSegments.Segment> set(char c) {
        return segments.stream().filter(s -> s.set() == c).toList();
    }

    @Test
    void findsMostIctalSegmentsBetweenInterictalOnesWithOnsetAndOffsetNearTheJoins() {
        List<BonnSegments.Segment> f = set('F'), s = set('S');
        int found = 0;
        for (int i = 0; i < s.size(); i++) {
            double[] x = concat(f.get(i).samples(), s.get(i).samples(), f.get((i + 1) % f.size()).samples());
            double on = f.get(i).samples().length / FS, off = on + s.get(i).samples().length / FS;
            List<DetectedEvent> ev = DETECTOR.detect(x, FS, "bonn");
            for (DetectedEvent e : ev) {
                if (e.interval().overlapSeconds(new Interval(on, off - on)) > 0) {
                    found++;
                    assertThat(e.kind()).isEqualTo(EventKind.SEIZURE);
                    assertThat(e.durationSeconds()).isGreaterThanOrEqualTo(8);
                    assertThat(e.onsetSeconds()).as("S%d onset", i).isBetween(on - 3, off);
                    assertThat(e.interval().endSeconds()).as("S%d offset", i).isBetween(on, off + 3);
                }
            }
        }
        assertThat(found).as("ictal segments found of 20").isGreaterThanOrEqualTo(17);
    }

    @Test
    void staysQuietOnEightMinutesOfHealthyScalpEeg() {
        for (char c : new char[] {'Z', 'O'}) {
            double[] all = set(c).stream().map(BonnSegments.Segment::samples).reduce(new double[0], SeizureDetectorTest::concat);
            assertThat(DETECTOR.detect(all, FS, String.valueOf(c))).as("set %s", c).isEmpty();
        }
    }

    @Test
    void aSustainedRhythmicDischargeHasItsOnsetAndOffset() {
        double fs = 256;
        double[] x = new double[(int) (120 * fs)];
        Random r = new Random(11);
        for (int i = 0; i < x.length; i++) x[i] = 20 * r.nextGaussian() * 0.3 + 10 * Math.sin(2 * Math.PI * 9 * i / fs);
        // 40 s of 3 Hz spike-wave-like activity at 300 µV, slowing to 2.5 Hz: rhythmic and evolving
        for (int i = (int) (50 * fs); i < 90 * fs; i++) {
            double t = i / fs - 50, f = 3.0 - 0.5 * t / 40;
            x[i] += 300 * Math.pow(Math.sin(Math.PI * f * t), 7);
        }
        List<DetectedEvent> ev = DETECTOR.detect(x, fs, "Cz");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).onsetSeconds()).isBetween(48.0, 52.0);
        assertThat(ev.get(0).interval().endSeconds()).isBetween(88.0, 92.0);
        assertThat(ev.get(0).confidence()).isGreaterThan(0.5);
    }

    @Test
    void refusesWhatItCannotAnalyse() {
        assertThatThrownBy(() -> DETECTOR.detect(new double[10_000], 50, "X")).hasMessageContaining("at least 60 Hz");
        assertThatThrownBy(() -> DETECTOR.detect(new double[500], 256, "X")).hasMessageContaining("at least 8 s");
    }

    static double[] concat(double[]... xs) {
        int n = 0;
        for (double[] x : xs) n += x.length;
        double[] o = new double[n];
        int k = 0;
        for (double[] x : xs) {
            System.arraycopy(x, 0, o, k, x.length);
            k += x.length;
        }
        return o;
    }
}
