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

    @Option(names = "--eeg", paramLabel = "LABEL", description = "EEG signal, as for `brrr stage`.")
    String eeg;

    @Option(names = "--eog", paramLabel = "LABEL", description = "EOG signal, as for `brrr stage` (synthetic nights have none: name a channel to time the EOG path).")
    String eog;

    @Option(names = "--emg", paramLabel = "LABEL", description = "EMG signal, as for `brrr stage`.")
    String emg;

    /**
     * first_run_s includes JIT warm-up, as a user's single `brrr stage` pays it; seconds is the median wall time of
     * the later runs, cpu_s the median CPU time of this thread (meaningful when other processes share the cores).
     */
    record Document(int epochs, double durationS, double firstRunS, double seconds, double cpuS, double[] runsS) {
    }

    @Override
    protected int execute() throws Exception {
        if (repetitions < 1) throw new BadInputException("--repetitions must be at least 1, got " + repetitions);
        Path input = inputFile(file);
        int epochs = 0;
        double duration = 0;
        double[] runs = new double[repetitions + 1];
        double[] cpu = new double[repetitions];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r <= repetitions; r++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            try (SignalSource s = RecordingReader.open(input)) {
                SleepStager.Result res = StageCommand.run(s, eeg, eog, emg);
                epochs = res.epochs().size();
                duration = s.durationSeconds();
            }
            runs[r] = (System.nanoTime() - t0) / 1e9;
            if (r > 0) cpu[r - 1] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(cpu);
        double[] timed = Arrays.copyOfRange(runs, 1, runs.length);
        double[] sorted = timed.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (json()) {
            printJson(new Document(epochs, duration, runs[0], median, cpu[cpu.length / 2], timed));
        } else {
            out().printf("%s: %d epochs (%.0f s) staged in %.3f s wall, %.3f s CPU (medians of %d runs; first run %.3f s with JIT warm-up)%n",
                    file.getFileName(), epochs, duration, median, cpu[cpu.length / 2], repetitions, runs[0]);
        }
        return Cli.OK;
    }
}
