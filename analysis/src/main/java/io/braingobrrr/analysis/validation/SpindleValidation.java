package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.Interval;
import io.braingobrrr.analysis.events.SpindleDetector;
import io.braingobrrr.analysis.events.SpindleDetector.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spindle detector against the DREAMS experts on excerpts 1–5: per excerpt vs expert 1 (first 1000 s, the
 * part expert 1 scored), expert 2 and their union (whole 1800 s), plus leave-one-excerpt-out: the
 * thresholds are re-chosen on four excerpts (best pooled F1 vs the union on a small grid) and scored on the fifth.
 */
public final class SpindleValidation {
    static final double MIN_IOU = 0.2;
    static final double EXPERT1_SECONDS = 1000;
    static final int EXCERPTS = 5;

    public record Excerpt(int number, DreamsFiles.Signal signal, List<Interval> expert1, List<Interval> expert2) {
        List<Interval> union() {
            return EventMatching.union(expert1, expert2);
        }
    }

    public record Row(int excerpt, EventMatching.Score vsExpert1, EventMatching.Score vsExpert2, EventMatching.Score vsUnion,
                      EventMatching.Score leaveOneOutVsUnion, String leaveOneOutThresholds) {
    }

    public static List<Excerpt> load(Path spindleDir) throws IOException {
        List<Excerpt> out = new ArrayList<>();
        for (int n = 1; n <= EXCERPTS; n++) {
            out.add(new Excerpt(n,
                    DreamsFiles.readSignal(spindleDir.resolve("excerpt" + n + ".txt"), DreamsFiles.spindleExcerptRateHz(n)),
                    DreamsFiles.readScoring(spindleDir.resolve("Visual_scoring1_excerpt" + n + ".txt")),
                    DreamsFiles.readScoring(spindleDir.resolve("Visual_scoring2_excerpt" + n + ".txt"))));
        }
        return out;
    }

    public static List<Row> run(List<Excerpt> excerpts, Parameters chosen) {
        SpindleDetector base = new SpindleDetector(chosen);
        List<SpindleDetector.Features> features = new ArrayList<>();
        for (Excerpt e : excerpts) features.add(base.features(e.signal().samples(), e.signal().rateHz()));
        List<Parameters> grid = grid(chosen);
        // scores[g][e] vs union, for the leave-one-out choice
        EventMatching.Score[][] scores = new EventMatching.Score[grid.size()][excerpts.size()];
        for (int g = 0; g < grid.size(); g++) {
            SpindleDetector d = new SpindleDetector(grid.get(g));
            for (int e = 0; e < excerpts.size(); e++) {
                scores[g][e] = EventMatching.match(intervals(d.detect(features.get(e), "")), excerpts.get(e).union(), MIN_IOU);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int e = 0; e < excerpts.size(); e++) {
            Excerpt x = excerpts.get(e);
            List<Interval> det = intervals(base.detect(features.get(e), x.signal().channel()));
            int best = 0;
            double bestF1 = -1;
            for (int g = 0; g < grid.size(); g++) {
                EventMatching.Score pooled = new EventMatching.Score(0, 0, 0);
                for (int o = 0; o < excerpts.size(); o++) if (o != e) pooled = pooled.plus(scores[g][o]);
                if (pooled.f1() > bestF1) {
                    bestF1 = pooled.f1();
                    best = g;
                }
            }
            Parameters bp = grid.get(best);
            rows.add(new Row(x.number(),
                    EventMatching.match(EventMatching.startingBefore(det, EXPERT1_SECONDS), x.expert1(), MIN_IOU),
                    EventMatching.match(det, x.expert2(), MIN_IOU),
                    EventMatching.match(det, x.union(), MIN_IOU),
                    scores[best][e],
                    String.format(Locale.ROOT, "core %.2f, edge %.2f, rel %.2f, corr %.2f, min core %.2f s",
                            bp.coreFactor(), bp.edgeFactor(), bp.minRelativePower(), bp.minCorrelation(), bp.minCoreSeconds())));
        }
        return rows;
    }

    /** The grid the thresholds were chosen on (the same grid the leave-one-out folds search). */
    static List<Parameters> grid(Parameters p) {
        List<Parameters> out = new ArrayList<>();
        for (double core : new double[] {2.0, 2.5, 3.0})
            for (double edge : new double[] {1.25, 1.5, 1.75, 2.0})
                for (double rel : new double[] {0.05, 0.1, 0.2})
                    for (double corr : new double[] {0.35, 0.5, 0.65})
                        for (double minCore : new double[] {0.1, 0.25})
                            if (edge < core) out.add(p.withThresholds(core, edge, rel, corr, minCore));
        return out;
    }

    static List<Interval> intervals(List<DetectedEvent> events) {
        return events.stream().map(DetectedEvent::interval).toList();
    }
}
