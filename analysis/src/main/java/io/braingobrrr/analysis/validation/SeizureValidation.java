package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.IctalSegmentClassifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Ictal (set S) vs non-ictal (Z, O, N, F) on the Bonn segments with a held-out split: the amplitude
 * threshold is tuned on odd-numbered segments (Youden's J, ties to the lower threshold) and tested on
 * even-numbered ones.
 */
public final class SeizureValidation {
    public record Counts(int tp, int fn, int tn, int fp) {
        public double sensitivity() {
            return (double) tp / (tp + fn);
        }

        public double specificity() {
            return (double) tn / (tn + fp);
        }
    }

    public record Result(double threshold, Counts tuning, Counts test, List<String> testErrors, int[][] setConfusion) {
    }

    private SeizureValidation() {
    }

    public static Result run(List<BonnSegments.Segment> segments) {
        List<IctalSegmentClassifier.Features> f = new ArrayList<>();
        for (BonnSegments.Segment s : segments) f.add(IctalSegmentClassifier.features(s.samples(), BonnSegments.RATE_HZ));
        double best = Double.NaN;
        double bestJ = -2;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).number() % 2 == 0) continue;
            double t = f.get(i).amplitudeSd();      // candidate: "above this value"
            Counts c = count(segments, f, t, 1);
            double j = c.sensitivity() + c.specificity() - 1;
            if (j > bestJ || j == bestJ && t < best) {
                bestJ = j;
                best = t;
            }
        }
        IctalSegmentClassifier clf = new IctalSegmentClassifier(best);
        List<String> errors = new ArrayList<>();
        int[][] bySet = new int[5][2];   // Z O N F S x {non-ictal, ictal}
        for (int i = 0; i < segments.size(); i++) {
            BonnSegments.Segment s = segments.get(i);
            if (s.number() % 2 != 0) continue;
            boolean ictal = clf.classify(s.samples(), BonnSegments.RATE_HZ).ictal();
            bySet["ZONFS".indexOf(s.set())][ictal ? 1 : 0]++;
            if (ictal != s.ictal()) errors.add(s.name());
        }
        return new Result(best, count(segments, f, best, 1), count(segments, f, best, 0), errors, bySet);
    }

    private static Counts count(List<BonnSegments.Segment> segments, List<IctalSegmentClassifier.Features> f, double threshold, int parity) {
        int tp = 0, fn = 0, tn = 0, fp = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).number() % 2 != parity) continue;
            boolean predicted = f.get(i).amplitudeSd() > threshold;
            if (segments.get(i).ictal()) {
                if (predicted) tp++; else fn++;
            } else {
                if (predicted) fp++; else tn++;
            }
        }
        return new Counts(tp, fn, tn, fp);
    }
}
