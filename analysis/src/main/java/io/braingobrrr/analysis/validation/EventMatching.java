package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * By-event agreement: a detection and a reference event match when their intersection over union reaches a
 * threshold (0.2 in the spindle literature); each event matches at most once, best IoU pairs first.
 */
public final class EventMatching {
    private EventMatching() {
    }

    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? Double.NaN : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? Double.NaN : (double) truePositives / d;
        }

        /** 2TP / (2TP + FP + FN); NaN when both sides are empty. */
        public double f1() {
            int d = 2 * truePositives + falsePositives + falseNegatives;
            return d == 0 ? Double.NaN : 2.0 * truePositives / d;
        }

        public Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }
    }

    public static Score match(List<Interval> detected, List<Interval> reference, double minIou) {
        record Pair(int d, int r, double iou) {
        }
        List<Pair> pairs = new ArrayList<>();
        List<Interval> ref = new ArrayList<>(reference);
        ref.sort(Comparator.comparingDouble(Interval::onsetSeconds));
        for (int d = 0; d < detected.size(); d++) {
            Interval a = detected.get(d);
            for (int r = firstEndingAfter(ref, a.onsetSeconds()); r < ref.size() && ref.get(r).onsetSeconds() <= a.endSeconds(); r++) {
                double iou = a.iou(ref.get(r));
                if (iou >= minIou && iou > 0) pairs.add(new Pair(d, r, iou));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
        boolean[] usedD = new boolean[detected.size()];
        boolean[] usedR = new boolean[ref.size()];
        int tp = 0;
        for (Pair p : pairs) {
            if (usedD[p.d] || usedR[p.r]) continue;
            usedD[p.d] = usedR[p.r] = true;
            tp++;
        }
        return new Score(tp, detected.size() - tp, ref.size() - tp);
    }

    // Reference events are short (≤ a few s): step back from the binary-search position by a bounded margin.
    private static int firstEndingAfter(List<Interval> sortedRef, double t) {
        int lo = 0, hi = sortedRef.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedRef.get(mid).onsetSeconds() < t) lo = mid + 1; else hi = mid;
        }
        int i = lo;
        while (i > 0 && sortedRef.get(i - 1).onsetSeconds() > t - 60) i--;
        return i;
    }

    /** Events starting before a time (expert 1 of DREAMS scored only the first 1000 s). */
    public static List<Interval> startingBefore(List<Interval> events, double seconds) {
        return events.stream().filter(e -> e.onsetSeconds() < seconds).toList();
    }

    /** The union of two scorings: overlapping events merge into one spanning both. */
    public static List<Interval> union(List<Interval> a, List<Interval> b) {
        List<Interval> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingDouble(Interval::onsetSeconds));
        List<Interval> out = new ArrayList<>();
        for (Interval e : all) {
            if (!out.isEmpty() && out.get(out.size() - 1).endSeconds() > e.onsetSeconds()) {
                Interval last = out.remove(out.size() - 1);
                double end = Math.max(last.endSeconds(), e.endSeconds());
                out.add(new Interval(last.onsetSeconds(), end - last.onsetSeconds()));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
