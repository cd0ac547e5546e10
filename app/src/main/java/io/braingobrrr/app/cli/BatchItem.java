package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.app.batch.BatchAnalysis;
import io.braingobrrr.core.store.ResultStore;

import java.util.List;
import java.util.Locale;

/** One input of `brrr analyze` in batch mode, as JSON and as a text line. */
record BatchItem(String input, String status, String error, Long recordingId, Long analysisId, List<StoredResult> results,
                 AnalysisReport report) {
    /** The batch document: counts and one item per input, in the order given. */
    record Document(int inputs, int completed, int failed, List<BatchItem> results) {
    }

    /** A result row stored for a recording (its payload via the API's results resource). */
    record StoredResult(long resultId, String kind, String algorithm, String algorithmVersion) {
    }

    static BatchItem of(BatchAnalysis.Entry e) {
        List<StoredResult> stored = e.results() == null ? null
                : e.results().stream().map(r -> new StoredResult(r.id(), r.kind(), r.algorithm(), r.algorithmVersion())).toList();
        return new BatchItem(e.input(), e.status(), e.error(), e.recordingId(), e.analysisId(), stored, e.report());
    }

    static String line(BatchAnalysis.Entry e) {
        if (!e.completed()) return e.input() + ": " + e.status() + (e.error() == null ? "" : ": " + e.error());
        if (e.report() != null) {
            AnalysisReport r = e.report();
            String grade = r.quality().grade() == null ? "not assessed" : r.quality().grade().name().toLowerCase(Locale.ROOT);
            return String.format(Locale.ROOT, "%s: completed in %.2f s, quality %s, triage %s", e.input(), r.processingTimeS(), grade,
                    r.abnormality().triage().name().toLowerCase(Locale.ROOT));
        }
        return e.input() + ": completed, analysis " + e.analysisId() + " stored ("
                + String.join(", ", e.results().stream().map(ResultStore.Result::kind).toList()) + ")";
    }
}
