package io.braingobrrr.app.reporting;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.pipeline.SleepSection;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.RecordingSummary;

import java.util.List;
import java.util.Locale;

/**
 * What a report shows besides the clinician's text: the recording's facts, the automated analysis
 * (quality, band powers with spectra, screening, sleep staging) and the recording's events. Computed
 * once per report generation from the stored recording.
 */
public record ReportFigures(RecordingSummary recording, AnalysisReport analysis, List<Annotation> events) {

    /** Runs the comprehensive analysis (spectra need it; the PSG template needs its sleep staging). */
    public static ReportFigures of(RecordingSummary recording, SignalSource src) {
        AnalysisReport a = new AnalysisRunner(Math.max(1, Runtime.getRuntime().availableProcessors()),
                io.braingobrrr.analysis.quality.QualityParams.DEFAULT).run(src, AnalysisType.COMPREHENSIVE);
        return new ReportFigures(recording, a, src.annotations());
    }

    /** The staged hypnogram, null when the recording could not be staged. */
    public SleepSection sleep() {
        return analysis.sleep() instanceof SleepSection s ? s : null;
    }

    /** Events worth a row in the event table: file and user annotations, without per-epoch stage labels. */
    public List<Annotation> eventRows() {
        return events.stream().filter(a -> !isStageLabel(a.text())).toList();
    }

    static boolean isStageLabel(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return t.startsWith("sleep stage") || t.startsWith("sleep_stage") || t.matches("stage ?[0-4rw?]|sleep stage .*");
    }
}
