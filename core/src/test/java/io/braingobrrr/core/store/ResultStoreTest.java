package io.braingobrrr.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.braingobrrr.core.recording.RecordingFormat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyses and results of a stored recording in a real SQLite file. */
class ResultStoreTest {
    @TempDir
    Path dir;
    Database db;
    ResultStore results;
    long recording;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("brrr.db"));
        recording = new RecordingStore(db).importRecording(
                SyntheticSource.continuous(RecordingFormat.EDF_PLUS_C, RecordingStoreTest.mixedRates(), 5), ImportInfo.of("r.edf"));
        results = new ResultStore(db);
    }

    @Test
    void anAnalysisRunsToCompletionAndKeepsItsResultsWithVersions() throws Exception {
        long a = results.createAnalysis(recording, "quick", 2, "{\"threads\":2}");
        assertEquals("queued", results.analysis(a).orElseThrow().status());
        results.update(a, "running", 0.4, "scanning channels", null);
        ResultStore.Analysis running = results.analysis(a).orElseThrow();
        assertEquals(0.4, running.progress());
        assertEquals("scanning channels", running.stage());
        results.addResult(a, "quality", "brrr.quality", "1.0", "{\"grade\":\"GOOD\"}");
        results.addResult(a, "spectral", "brrr.spectral", "1.0", "{\"pdr_hz\":9.9}");
        results.update(a, "completed", 1, "done", null);
        List<ResultStore.Result> r = new ResultStore(Database.open(db.file())).results(a);
        assertEquals(List.of("quality", "spectral"), r.stream().map(ResultStore.Result::kind).toList());
        assertEquals("brrr.quality", r.get(0).algorithm());
        assertEquals("1.0", r.get(0).algorithmVersion());
        assertEquals("{\"pdr_hz\":9.9}", r.get(1).payload());
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT started_at, finished_at FROM analyses WHERE id = " + a)) {
            rs.next();
            assertNotNull(rs.getString(1));
            assertNotNull(rs.getString(2));
        }
        assertNull(results.analysis(a).orElseThrow().error());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertTrue(assertThrows(StoreException.class, () -> results.createAnalysis(999, "quick", 0, null))
                .getMessage().contains("no recording 999"));
        assertTrue(assertThrows(StoreException.class, () -> results.createAnalysis(recording, "quick", 0, "{not json"))
                .getMessage().contains("not valid JSON"));
        long a = results.createAnalysis(recording, "quick", 0, null);
        assertTrue(assertThrows(StoreException.class, () -> results.update(a, "paused", 0, null, null)).getMessage().contains("paused"));
        assertTrue(assertThrows(StoreException.class, () -> results.update(a, "running", 1.5, null, null)).getMessage().contains("0..1"));
        assertTrue(assertThrows(StoreException.class, () -> results.update(77, "running", 0, null, null)).getMessage().contains("no analysis 77"));
        assertTrue(assertThrows(StoreException.class, () -> results.addResult(a, "quality", "x", "1", "{broken"))
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(StoreException.class, () -> results.addResult(4242, "quality", "x", "1", "{}"))
                .getMessage().contains("no analysis 4242"));
        assertTrue(results.analysis(4242).isEmpty());
    }

    @Test
    void deletingTheRecordingRemovesItsAnalysesAndResults() throws Exception {
        long a = results.createAnalysis(recording, "quick", 0, null);
        results.addResult(a, "quality", "brrr.quality", "1.0", "{}");
        try (Connection c = db.connect()) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            c.createStatement().execute("DELETE FROM recordings WHERE id = " + recording);
        }
        assertTrue(results.analysis(a).isEmpty());
        assertEquals(List.of(), results.results(a));
    }
}
