package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr bench acquire` and `bench live` share their recording options and scratch database; speed is not tested here. */
class BenchRecordingCommandsTest {
    @TempDir
    Path dir;

    @Test
    void acquireRecordsIntoTheNamedDatabaseWhatRealTimeDelivered() {
        Path db = dir.resolve("bench.db");
        JsonNode doc = CliRun.of("bench", "acquire", "--minutes", "0.05", "--channels", "4", "--rate", "250",
                "--db", db.toString(), "--json").json();
        assertEquals(4, doc.get("channels").asInt());
        assertEquals(250.0, doc.get("sample_rate_hz").asDouble());
        long stored = doc.get("samples_stored").asLong();
        assertTrue(stored > 0 && stored == doc.get("samples_delivered").asLong(), doc.toString());
        assertEquals(0, doc.get("dropped_samples").asLong());
        assertTrue(Files.exists(db), "--db names a database that is kept");
    }

    @Test
    void badOptionsAreExitTwoAndNameTheOption() {
        assertTrue(CliRun.of("bench", "acquire", "--minutes", "0").badInput().contains("--minutes must be > 0"));
        assertTrue(CliRun.of("bench", "live", "--minutes", "-1").badInput().contains("--minutes must be > 0"));
        assertTrue(CliRun.of("bench", "live", "--width", "100").badInput().contains("--width/--height"));
    }
}
