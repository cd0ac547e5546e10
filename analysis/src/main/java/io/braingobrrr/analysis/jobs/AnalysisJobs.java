package io.braingobrrr.analysis.jobs;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import java.nio.file.Path;

/** Analyses as jobs: progress and stage from the runner, cancel through the job's flag. */
public final class AnalysisJobs {
    private AnalysisJobs() {
    }

    public static JobTask<AnalysisReport> analyzeFile(Path file, AnalysisType type, AnalysisRunner runner) {
        return ctx -> {
            ctx.progress(0, "opening " + file.getFileName());
            try (SignalSource src = RecordingReader.open(file)) {
                return runner.run(src, type, ctx::progress, ctx.cancelFlag());
            }
        };
    }
}
