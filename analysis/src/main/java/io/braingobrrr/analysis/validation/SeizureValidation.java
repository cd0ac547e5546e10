package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.IctalFeatures;
import io.braingobrrr.analysis.events.IctalModel;
import io.braingobrrr.analysis.events.IctalSegmentClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Ictal (set S) vs non-ictal (Z, O, N, F) on the Bonn segments, two held-out evaluations of
 * {@link IctalSegmentClassifier}'s model: train on the odd-numbered segments and test on the even ones; and
 * leave-one-segment-out over all of them. In both, the L2 weight is chosen inside the training data only
 * (stratified inner 5-fold cross-validation, best Youden's J, ties to the stronger penalty) and the decision
 * threshold is the training data's Youden point, so no held-out segment influences its own prediction.
 */
public final class SeizureValidation {
    public static final double[] L2_CANDIDATES = {0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0};
    public static final int INNER_FOLDS = 5;
    static final String SETS = "ZONFS";

    public record Counts(int tp, int fn, int tn, int fp) {
        public double sensitivity() {
            return (double) tp / (tp + fn);
        }

        public double specificity() {
            return (double) tn / (tn + fp);
        }
    }

    /**
     * @param setConfusion per set Z, O, N, F, S: segments called {non-ictal, ictal}
     * @param l2Chosen     how often each L2 weight was chosen (once for the split, once per segment for leave-one-out)
     */
    public record Evaluation(Counts counts, List<String> errors, int[][] setConfusion, Map<Double, Integer> l2Chosen) {
    }

    /** @param tuning the odd half classified by the model trained on it (optimistic, for comparison) */
    public record Result(Counts tuning, Evaluation evenTest, Evaluation leaveOneOut) {
    }

    private SeizureValidation() {
    }

    public static List<double[]> inputs(List<BonnSegments.Segment> segments) {
        List<double[]> x = new ArrayList<>();
        for (BonnSegments.Segment s : segments) x.add(IctalSegmentClassifier.inputs(IctalFeatures.of(s.samples(), BonnSegments.RATE_HZ)));
        return x;
    }

    public static Result run(List<BonnSegments.Segment> segments) {
        List<double[]> x = inputs(segments);
        List<Boolean> y = segments.stream().map(BonnSegments.Segment::ictal).toList();
        // Odd/even split.
        List<Integer> odd = indices(segments.size(), i -> segments.get(i).number() % 2 == 1);
        double l2 = chooseL2(x, y, odd, segments);
        IctalModel m = train(x, y, odd, l2);
        Tally tuning = new Tally(), test = new Tally();
        for (int i = 0; i < segments.size(); i++) {
            (odd.contains(i) ? tuning : test).add(segments.get(i), m.ictal(x.get(i)));
        }
        Evaluation split = test.evaluation(Map.of(l2, 1));
        // Leave one segment out.
        Tally loo = new Tally();
        Map<Double, Integer> chosen = new TreeMap<>();
        for (int i = 0; i < segments.size(); i++) {
            int held = i;
            List<Integer> rest = indices(segments.size(), k -> k != held);
            double l = chooseL2(x, y, rest, segments);
            chosen.merge(l, 1, Integer::sum);
            loo.add(segments.get(i), train(x, y, rest, l).ictal(x.get(i)));
        }
        return new Result(tuning.evaluation(Map.of()).counts(), split, loo.evaluation(chosen));
    }

    /** The model of the shipped classifier: all segments, L2 by the same inner cross-validation. */
    public static IctalModel trainAll(List<BonnSegments.Segment> segments) {
        List<double[]> x = inputs(segments);
        List<Boolean> y = segments.stream().map(BonnSegments.Segment::ictal).toList();
        List<Integer> all = indices(segments.size(), i -> true);
        return train(x, y, all, chooseL2(x, y, all, segments));
    }

    /** Stratified inner folds: the k-th segment of each set (in name order) goes to fold k mod 5. */
    static double chooseL2(List<double[]> x, List<Boolean> y, List<Integer> training, List<BonnSegments.Segment> segments) {
        int[] fold = new int[segments.size()];
        int[] seen = new int[SETS.length()];
        for (int i : training) fold[i] = seen[SETS.indexOf(segments.get(i).set())]++ % INNER_FOLDS;
        double best = L2_CANDIDATES[L2_CANDIDATES.length - 1];
        double bestJ = -2;
        for (int c = L2_CANDIDATES.length - 1; c >= 0; c--) {   // strongest first: ties keep it
            Tally t = new Tally();
            for (int f = 0; f < INNER_FOLDS; f++) {
                int ff = f;
                List<Integer> fit = training.stream().filter(i -> fold[i] != ff).toList();
                IctalModel m = train(x, y, fit, L2_CANDIDATES[c]);
                for (int i : training) if (fold[i] == ff) t.add(segments.get(i), m.ictal(x.get(i)));
            }
            Counts k = t.evaluation(Map.of()).counts();
            double j = k.sensitivity() + k.specificity() - 1;
            if (j > bestJ + 1e-12) {
                bestJ = j;
                best = L2_CANDIDATES[c];
            }
        }
        return best;
    }

    static IctalModel train(List<double[]> x, List<Boolean> y, List<Integer> rows, double l2) {
        return IctalModel.train(rows.stream().map(x::get).toList(), rows.stream().map(y::get).toList(), l2);
    }

    private static List<Integer> indices(int n, IntPredicate keep) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) if (keep.test(i)) l.add(i);
        return l;
    }

    /** Counts, errors and the per-set matrix of a series of decisions. */
    private static final class Tally {
        int tp, fn, tn, fp;
        final List<String> errors = new ArrayList<>();
        final int[][] bySet = new int[SETS.length()][2];

        void add(BonnSegments.Segment s, boolean predicted) {
            bySet[SETS.indexOf(s.set())][predicted ? 1 : 0]++;
            if (s.ictal()) {
                if (predicted) tp++; else fn++;
            } else {
                if (predicted) fp++; else tn++;
            }
            if (predicted != s.ictal()) errors.add(s.name());
        }

        Evaluation evaluation(Map<Double, Integer> l2) {
            return new Evaluation(new Counts(tp, fn, tn, fp), List.copyOf(errors), bySet, l2);
        }
    }
}
