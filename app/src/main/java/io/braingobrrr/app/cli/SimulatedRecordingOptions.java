package io.braingobrrr.app.cli;

import io.braingobrrr.core.store.Database;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The options of the benchmarks that record the simulated amplifier ({@code bench acquire}, {@code bench live}),
 * and the scratch database they record into unless {@code --db} names one.
 */
final class SimulatedRecordingOptions {
    @Option(names = "--minutes", paramLabel = "M", description = "How long to record (default: 0.5).")
    double minutes = 0.5;

    @Option(names = "--channels", paramLabel = "N", description = "Channels (default: 64).")
    int channels = 64;

    @Option(names = "--rate", paramLabel = "R", description = "Sample rate in Hz (default: 1000).")
    double rate = 1000;

    interface Recording<R> {
        R run(Database db) throws Exception;
    }

    double seconds() {
        return minutes * 60;
    }

    /** Runs the recording on {@code --db} or on a scratch database that is deleted afterwards. */
    <R> R onDatabase(CommonOptions common, String scratchPrefix, Recording<R> recording) throws Exception {
        if (!(minutes > 0)) throw new BadInputException("--minutes must be > 0, not " + minutes);
        Path dir = Files.createTempDirectory(scratchPrefix);
        Path file = common.db() != null ? common.db() : dir.resolve("bench.db");
        try {
            return recording.run(Database.open(file));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            if (common.db() == null) deleteScratch(dir);
        }
    }

    private static void deleteScratch(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a scratch folder in the temporary directory: nothing of the user's is lost
        }
    }
}
