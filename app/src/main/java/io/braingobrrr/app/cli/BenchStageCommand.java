package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;

/** `brrr bench stage FILE`: wall time of staging a recording, opening and reading the file included. */
@Command(name = "stage", description = "Time sleep staging of FILE (open, read, features, model); report seconds.")
final class BenchStageCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--repetitions", paramLabel = "N", description = "Timed runs after the first (default: 3).")
    int repetitions = 3;

    /** first_run_s includes JIT warm-up, as a user's single `brrr stage` pays it; seconds is the median of the later runs. */
    record Document(int epochs, double durationS, double firstRunS, double seconds, double[] runsS) {
    }

    @Override
    protected int execute() throws Exception {
        if (repetitions < 1) throw new BadInputException("--repetitions must be at least 1, got " + repetitions);
        Path input = inputFile(file);
        int epochs = 0;
        double duration = 0;
        double[] runs = new double[repetitions + 1];
        for (int r = 0; r <= repetitions; r++) {
            long t0 = System.nanoTime();
            try (SignalSource s = RecordingReader.open(input)) {
                SleepStager.Result res = StageCommand.run(s, null, null, null);
                epochs = res.epochs().size();
                duration = s.durationSeconds();
            }
            runs[r] = (System.nanoTime() - t0) / 1e9;
        }
        double[] timed = Arrays.copyOfRange(runs, 1, runs.length);
        double[] sorted = timed.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (json()) {
            printJson(new Document(epochs, duration, runs[0], median, timed));
        } else {
            out().printf("%s: %d epochs (%.0f s) staged in %.3f s (median of %d runs; first run %.3f s with JIT warm-up)%n",
                    file.getFileName(), epochs, duration, median, repetitions, runs[0]);
        }
        return Cli.OK;
    }
}
