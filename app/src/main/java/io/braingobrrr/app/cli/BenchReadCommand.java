package io.braingobrrr.app.cli;

import io.braingobrrr.core.edf.ReadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** `brrr bench read FILE`: decode every sample of every signal to physical values, report MB/s (MB = 1e6 bytes). */
@Command(name = "read", description = "Decode every sample of every signal to physical values; report bytes, seconds, MB/s.")
final class BenchReadCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--threads", paramLabel = "N", description = "Decoding threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repetitions", paramLabel = "N", description = "Timed passes over the file (default: 3).")
    int repetitions = 3;

    /** seconds is the median of the timed repetitions (after one warm-up pass); runs_s lists each. */
    record Document(long bytes, double seconds, double mbPerS, long samples, int threads, double[] runsS) {
    }

    @Override
    protected int execute() throws Exception {
        if (threads < 1) throw new BadInputException("--threads must be at least 1, got " + threads);
        if (repetitions < 1) throw new BadInputException("--repetitions must be at least 1, got " + repetitions);
        ReadBenchmark.Result r = ReadBenchmark.run(inputFile(file), threads, repetitions);
        if (json()) {
            printJson(new Document(r.bytes(), r.seconds(), r.mbPerS(), r.samples(), r.threads(), r.runs()));
        } else {
            out().printf("%s: %d bytes (%d samples) decoded to physical values in %.4f s = %.1f MB/s"
                            + " (median of %d runs after a warm-up, %d threads)%n",
                    file.getFileName(), r.bytes(), r.samples(), r.seconds(), r.mbPerS(), repetitions, r.threads());
        }
        return Cli.OK;
    }
}
