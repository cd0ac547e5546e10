package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.Interval;
import io.braingobrrr.analysis.events.SeizureDetector;

import java.util.ArrayList;
import java.util.List;

/**
 * The continuous seizure detector on Bonn material joined into longer signals, since no scalp recording with
 * scored seizures is reachable: each ictal segment S_i is placed between two non-ictal segments of one set
 * (B_i, S_i, B_i+1), and must be found with its onset and offset near the joins; the 20 segments of each
 * non-ictal set joined end to end (7.9 min) measure false detections.
 */
public final class ContinuousSeizureValidation {
    /** Per background set: ictal segments found, onset/offset errors (s) of the found ones, false detections. */
    public record Row(char background, int found, int total, List<Double> onsetErrors, List<Double> offsetErrors,
                      int falseInJoins, int falseOnBackground, double backgroundMinutes) {
        public double falsePerHour() {
            return falseOnBackground / (backgroundMinutes / 60);
        }
    }

    private ContinuousSeizureValidation() {
    }

    public static List<Row> run(List<BonnSegments.Segment> segments, SeizureDetector detector) {
        double fs = BonnSegments.RATE_HZ;
        List<BonnSegments.Segment> ictal = segments.stream().filter(BonnSegments.Segment::ictal).toList();
        List<Row> rows = new ArrayList<>();
        for (char set : new char[] {'Z', 'O', 'N', 'F'}) {
            List<BonnSegments.Segment> bg = segments.stream().filter(s -> s.set() == set).toList();
            if (bg.isEmpty() || ictal.isEmpty()) continue;
            int found = 0, falseInJoins = 0;
            List<Double> on = new ArrayList<>(), off = new ArrayList<>();
            for (int i = 0; i < ictal.size(); i++) {
                double[] a = bg.get(i % bg.size()).samples(), s = ictal.get(i).samples(), b = bg.get((i + 1) % bg.size()).samples();
                Interval truth = new Interval(a.length / fs, s.length / fs);
                boolean hit = false;
                for (DetectedEvent e : detector.detect(concat(List.of(a, s, b)), fs, "bonn")) {
                    if (e.interval().overlapSeconds(truth) > 0) {
                        if (!hit) {
                            on.add(e.onsetSeconds() - truth.onsetSeconds());
                            off.add(e.interval().endSeconds() - truth.endSeconds());
                        }
                        hit = true;
                    } else {
                        falseInJoins++;
                    }
                }
                if (hit) found++;
            }
            double[] all = concat(bg.stream().map(BonnSegments.Segment::samples).toList());
            int falseAll = detector.detect(all, fs, "bonn").size();
            rows.add(new Row(set, found, ictal.size(), on, off, falseInJoins, falseAll, all.length / fs / 60));
        }
        return rows;
    }

    static double[] concat(List<double[]> xs) {
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
