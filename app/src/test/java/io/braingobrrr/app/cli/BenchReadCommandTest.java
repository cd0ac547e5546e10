package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr bench read`: the figures are consistent with the file; speed itself is measured, not tested. */
class BenchReadCommandTest {
    private static final String EDF = "format/mne-testing-data/test_generator_2.edf";

    @Test
    void reportsBytesSecondsAndMegabytesPerSecond() throws Exception {
        Path file = SharedData.file(EDF);
        JsonNode doc = CliRun.of("bench", "read", file.toString(), "--threads", "2", "--repetitions", "2", "--json").json();
        assertEquals(Files.size(file), doc.get("bytes").asLong());
        assertEquals(11L * 120_000, doc.get("samples").asLong(), "every sample of every signal (reference n_samples)");
        double seconds = doc.get("seconds").asDouble();
        assertTrue(seconds > 0, "seconds " + seconds);
        assertEquals(Files.size(file) / 1e6 / seconds, doc.get("mb_per_s").asDouble(), 1e-6 * doc.get("mb_per_s").asDouble());
        assertEquals(2, doc.get("runs_s").size());
    }

    @Test
    void badInputIsExitTwo() {
        assertTrue(CliRun.of("bench", "read", SharedData.file(EDF).toString(), "--threads", "0").badInput().contains("--threads"));
        assertTrue(CliRun.of("bench", "read", "missing.edf").badInput().contains("file not found"));
        assertTrue(CliRun.of("bench").badInput().contains("read"));
    }
}
