package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.analysis.screening.ScreeningResult.Triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workstation's abnormality screening (the comprehensive {@code brrr analyze}: quality, spectra, events,
 * screening) run unchanged on each Bonn segment as a one-channel recording, tallied per set. Nothing is fitted
 * here: the screening has no training step, and its thresholds were not looked at against these segments.
 */
public final class ScreeningValidation {
    static final String SETS = SeizureValidation.SETS;

    /**
     * What the screening said about one segment.
     *
     * @param rejectedBy why quality control rejected the segment's only channel; empty when it was good
     */
    public record Outcome(BonnSegments.Segment segment, ScreeningResult screening, List<String> rejectedBy) {
        public boolean abnormal() {
            return screening.isAbnormal();
        }

        public Triage triage() {
            return screening.triage();
        }

        /** The findings codes, each once. */
        public List<String> findings() {
            return screening.findings().stream().map(ScreeningResult.Finding::code).distinct().toList();
        }
    }

    /**
     * @param abnormal  per set Z, O, N, F, S: segments with is_abnormal {false, true}
     * @param triage    per set: segments triaged {routine, expedite, urgent}
     * @param findings  per set: how many segments raised each findings code
     * @param epileptic is_abnormal for epileptic (N, F, S) vs healthy (Z, O)
     * @param ictal     triage = urgent for ictal (S) vs the rest
     */
    public record Result(List<Outcome> outcomes, int[][] abnormal, int[][] triage, List<Map<String, Integer>> findings,
                         SeizureValidation.Counts epileptic, SeizureValidation.Counts ictal) {
    }

    private ScreeningValidation() {
    }

    /** One comprehensive analysis per segment; segments run in parallel (each is a single channel, 23.6 s). */
    public static Result run(List<BonnSegments.Segment> segments) {
        AnalysisRunner runner = new AnalysisRunner(1, QualityParams.DEFAULT);
        List<Outcome> outcomes = segments.parallelStream().map(s -> screen(runner, s)).toList();
        return tally(outcomes);
    }

    static Outcome screen(AnalysisRunner runner, BonnSegments.Segment s) {
        try (BonnSegmentSource src = new BonnSegmentSource(s)) {
            AnalysisReport r = runner.run(src, AnalysisType.COMPREHENSIVE);
            return new Outcome(s, r.abnormality(), r.quality().channels().get(0).reasons());
        }
    }

    static Result tally(List<Outcome> outcomes) {
        int[][] abnormal = new int[SETS.length()][2];
        int[][] triage = new int[SETS.length()][Triage.values().length];
        List<Map<String, Integer>> findings = new ArrayList<>();
        for (int i = 0; i < SETS.length(); i++) findings.add(new TreeMap<>());
        int eTp = 0, eFn = 0, eTn = 0, eFp = 0, iTp = 0, iFn = 0, iTn = 0, iFp = 0;
        for (Outcome o : outcomes) {
            int set = SETS.indexOf(o.segment().set());
            abnormal[set][o.abnormal() ? 1 : 0]++;
            triage[set][o.triage().ordinal()]++;
            o.findings().forEach(code -> findings.get(set).merge(code, 1, Integer::sum));
            boolean epileptic = set >= SETS.indexOf('N');
            if (epileptic) {
                if (o.abnormal()) eTp++; else eFn++;
            } else {
                if (o.abnormal()) eFp++; else eTn++;
            }
            boolean urgent = o.triage() == Triage.URGENT;
            if (o.segment().ictal()) {
                if (urgent) iTp++; else iFn++;
            } else {
                if (urgent) iFp++; else iTn++;
            }
        }
        List<Map<String, Integer>> byFrequency = new ArrayList<>();
        for (Map<String, Integer> m : findings) {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            byFrequency.add(sorted);
        }
        return new Result(outcomes, abnormal, triage, byFrequency, new SeizureValidation.Counts(eTp, eFn, eTn, eFp),
                new SeizureValidation.Counts(iTp, iFn, iTn, iFp));
    }
}
