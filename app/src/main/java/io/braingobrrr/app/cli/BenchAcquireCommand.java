package io.braingobrrr.app.cli;

import io.braingobrrr.acquisition.bench.AcquisitionBenchmark;
import io.braingobrrr.core.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "acquire", description = {"Record the simulated amplifier in real time into a scratch database and",
        "report stored vs expected samples, CPU, viewer and commit latency (--minutes 60 is the soak)."})
final class BenchAcquireCommand extends SubcommandBase {
    @Option(names = "--minutes", paramLabel = "M", description = "How long to record (default: 0.5).")
    double minutes = 0.5;

    @Option(names = "--channels", paramLabel = "N", description = "Channels (default: 64).")
    int channels = 64;

    @Option(names = "--rate", paramLabel = "R", description = "Sample rate in Hz (default: 1000).")
    double rate = 1000;

    @Override
    protected int execute() throws Exception {
        if (!(minutes > 0)) throw new BadInputException("--minutes must be > 0, not " + minutes);
        Path dir = Files.createTempDirectory("brrr-bench-acquire");
        Path file = common.db() != null ? common.db() : dir.resolve("bench.db");
        AcquisitionBenchmark.Result r;
        try {
            r = AcquisitionBenchmark.run(Database.open(file), channels, rate, minutes * 60);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            if (common.db() == null) deleteScratch(dir);
        }
        if (json()) {
            printJson(r);
        } else {
            out().printf("%d ch x %.0f Hz for %.1f s: %d samples/channel expected by real time, %d delivered, %d stored;"
                            + " dropped %d, gaps %d%n", r.channels(), r.sampleRateHz(), r.seconds(), r.samplesExpected(),
                    r.samplesDelivered(), r.samplesStored(),
                    r.droppedSamples(), r.gaps());
            out().printf("CPU %.1f s (%.1f %% of one core); viewer latency p50 %.2f ms p99 %.2f ms;"
                            + " commit latency p50 %.0f ms p99 %.0f ms; database %d bytes%n", r.cpuSeconds(),
                    r.cpuPercentOfOneCore(), r.viewerLatencyP50Ms(), r.viewerLatencyP99Ms(), r.commitLatencyP50Ms(),
                    r.commitLatencyP99Ms(), r.databaseBytes());
        }
        return Cli.OK;
    }

    static void deleteScratch(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (java.io.IOException ignored) {
            // a scratch folder in /tmp
        }
    }
}
