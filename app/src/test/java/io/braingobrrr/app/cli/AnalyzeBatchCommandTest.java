package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr analyze` over many inputs: real files, a truncated one, stored recordings in a real SQLite file. */
class AnalyzeBatchCommandTest {
    private static final String R03 = "eegmmidb/S001R03.edf";
    private static final String SMALL = "format/mne-testing-data/test_generator_2.edf";

    @TempDir
    Path dir;

    @Test
    void filesOneEntryEachTheBrokenOneFailsAndTheBatchGoesOn() throws Exception {
        Path broken = dir.resolve("broken.edf");
        byte[] all = Files.readAllBytes(SharedData.file(R03));
        Files.write(broken, java.util.Arrays.copyOf(all, 20_000));   // header says 64 signals x 125 records, data cut short
        Path missing = dir.resolve("missing.edf");
        CliRun r = CliRun.of("analyze", SharedData.file(R03).toString(), broken.toString(), missing.toString(),
                SharedData.file(SMALL).toString(), "--priority", "expedite", "--json");
        // Every failure is the user's input (a truncated file, a missing one): exit 2, and the others are analysed.
        assertEquals(2, r.status(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(4, doc.get("inputs").asInt());
        assertEquals(2, doc.get("completed").asInt());
        assertEquals(2, doc.get("failed").asInt());
        JsonNode items = doc.get("results");
        assertEquals(SharedData.file(R03).toString(), items.get(0).get("input").asText());
        assertEquals("completed", items.get(0).get("status").asText());
        // The file entry carries the same report as the single-file command: 64 EEG channels of eegmmidb.
        assertEquals(64, items.get(0).get("report").get("quality").get("channels").size());
        assertTrue(items.get(0).get("report").get("versions").has("brrr.screening"));
        assertEquals("failed", items.get(1).get("status").asText());
        assertTrue(items.get(1).get("error").asText().contains("broken.edf"), items.get(1).toString());
        assertEquals("failed", items.get(2).get("status").asText());
        assertTrue(items.get(2).get("error").asText().contains("file not found") && items.get(2).get("error").asText().contains("missing.edf"));
        assertEquals("completed", items.get(3).get("status").asText());
        // Progress on stderr, one line per stage change, naming input number and file.
        assertTrue(r.err().contains("[1/4] " + SharedData.file(R03)), r.err());
        assertTrue(r.err().contains("completed 100%"), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("\tat ")), "no stack trace");
    }

    @Test
    void storedRecordingsAreAnalysedThroughTheApisQueueAndTheResultsStored() throws Exception {
        Path db = dir.resolve("brrr.db");
        long a = CliRun.of("import", SharedData.file(SMALL).toString(), "--db", db.toString(), "--json").json().get("recording_id").asLong();
        long b = CliRun.of("import", SharedData.file(R03).toString(), "--db", db.toString(), "--json").json().get("recording_id").asLong();
        CliRun r = CliRun.of("analyze", "--db", db.toString(), "--recordings", "db:" + a + ",db:999", "--priority", "urgent", "--json");
        assertEquals(2, r.status(), "db:999 does not exist: bad input; stderr " + r.err());
        JsonNode items = new ObjectMapper().readTree(r.out()).get("results");
        assertEquals("completed", items.get(0).get("status").asText(), items.toString());
        long analysis = items.get(0).get("analysis_id").asLong();
        assertTrue(items.get(1).get("error").asText().contains("no recording 999"), items.get(1).toString());
        ResultStore store = new ResultStore(Database.open(db));
        ResultStore.Analysis row = store.analysis(analysis).orElseThrow();
        assertEquals("completed", row.status());
        assertEquals(a, row.recordingId());
        assertEquals(2, row.priority(), "urgent is the ordinal 2 of normal, expedite, urgent");
        List<String> kinds = store.results(analysis).stream().map(ResultStore.Result::kind).toList();
        assertEquals(List.of("quality", "spectral", "abnormality"), kinds);
        assertEquals(kinds.size(), items.get(0).get("results").size());
        // Only b is left without a completed analysis: --all-unanalysed picks exactly it, and then nothing.
        assertEquals(List.of(b), store.unanalysedRecordings());
        JsonNode rest = CliRun.of("analyze", "--db", db.toString(), "--all-unanalysed", "--json").json();
        assertEquals(1, rest.get("inputs").asInt());
        assertEquals("db:" + b, rest.get("results").get(0).get("input").asText());
        assertEquals("completed", rest.get("results").get(0).get("status").asText());
        CliRun none = CliRun.of("analyze", "--db", db.toString(), "--all-unanalysed");
        assertEquals(0, none.status(), none.err());
        assertTrue(none.out().contains("no stored recording without a completed analysis"), none.out());
    }

    @Test
    void textModeAndBadOptions() {
        CliRun r = CliRun.of("analyze", SharedData.file(SMALL).toString(), SharedData.file(SMALL).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2 of 2 analyses completed"), r.out());
        assertTrue(r.out().contains("triage "), r.out());
        assertTrue(CliRun.of("analyze", "a.edf", "b.edf", "--priority", "soon").badInput().contains("--priority must be normal, expedite or urgent"));
        assertTrue(CliRun.of("analyze", "--recordings", "db:x").badInput().contains("not a recording id"));
        assertTrue(CliRun.of("analyze").badInput().contains("name a FILE"));
    }
}
