package io.braingobrrr.analysis.pipeline;

import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the comprehensive analysis of a file (budget: 8 h x 32 ch x 256 Hz in under 20 s on 2 cores).
 * Make the file with {@code ./brrr synth --hours 8 --channels 32 --rate 256 --out /tmp/x.edf}, then run
 * {@code java -cp app/target/brrr.jar io.braingobrrr.analysis.pipeline.AnalysisBenchmark /tmp/x.edf [runs] [threads]}.
 * Prints each run and the median; the first run includes JIT warm-up and is reported, not discarded.
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AnalysisBenchmark FILE [runs (3)] [threads (available processors)]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (SignalSource src = RecordingReader.open(Path.of(args[0]))) {
                long t0 = System.nanoTime();
                AnalysisReport r = new AnalysisRunner(threads, io.braingobrrr.analysis.quality.QualityParams.DEFAULT)
                        .run(src, AnalysisType.COMPREHENSIVE);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: %.2f s (%d channels x %.0f s, %d threads, grade %s)%n", i + 1, seconds[i],
                        src.signals().size(), src.durationSeconds(), threads, r.quality().grade());
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("median %.2f s over %d runs%n", sorted[runs / 2], runs);
    }
}
