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
    void theJobListIsNewestFirstWithTimesAndTheLatestResultOfEachKindWins() {
        long other = new RecordingStore(db).importRecording(
                SyntheticSource.continuous(RecordingFormat.EDF_PLUS_C, RecordingStoreTest.mixedRates(), 5), ImportInfo.of("o.edf"));
        long comprehensive = results.createAnalysis(recording, "comprehensive", 0, null);
        results.addResult(comprehensive, "quality", "q", "1", "{\"grade\":\"POOR\"}");
        results.addResult(comprehensive, "events", "e", "1", "{\"n\":3}");
        results.update(comprehensive, "running", 0.5, "scanning", null);
        results.update(comprehensive, "completed", 1, "done", null);
        long quick = results.createAnalysis(recording, "quick", 0, null);
        results.addResult(quick, "quality", "q", "2", "{\"grade\":\"GOOD\"}");
        results.update(quick, "completed", 1, "done", null);
        long failed = results.createAnalysis(recording, "quick", 0, null);
        results.addResult(failed, "quality", "q", "3", "{\"grade\":\"FAIR\"}");     // a half-stored failure must not win
        results.update(failed, "failed", 0.9, "failed", "disk full");
        long elsewhere = results.createAnalysis(other, "quick", 2, null);

        List<ResultStore.Listed> all = results.recent(null, 10);
        assertEquals(List.of(elsewhere, failed, quick, comprehensive), all.stream().map(l -> l.analysis().id()).toList());
        assertEquals(List.of(failed, quick, comprehensive), results.recent(recording, 10).stream().map(l -> l.analysis().id()).toList());
        assertEquals(1, results.recent(null, 1).size());
        ResultStore.Listed done = all.get(3);
        assertNotNull(done.createdAt());
        assertNotNull(done.startedAt());
        assertNotNull(done.finishedAt());
        assertNull(all.get(0).startedAt(), "a queued analysis has not started");
        assertEquals("disk full", all.get(1).analysis().error());

        List<ResultStore.StoredResult> latest = results.latestResults(recording);
        assertEquals(List.of("events", "quality"), latest.stream().map(ResultStore.StoredResult::kind).toList());
        assertEquals("{\"grade\":\"GOOD\"}", latest.get(1).payload());
        assertEquals(quick, latest.get(1).analysisId());
        assertTrue(results.latestResults(other).isEmpty(), "a queued analysis has no results yet");
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

    @Test
    void failUnfinishedClosesAbandonedAnalysesAndLeavesALiveWorkersAlone() throws Exception {
        ResultStore store = new ResultStore(db);
        long legacy = store.createAnalysis(recording, "quick", 0, null);                 // no worker: rows from before V12
        AnalysisWorker live = store.startWorker();
        long running = store.createAnalysis(recording, "quick", 0, null, live);
        store.update(running, "running", 0.3, "quality control", null);
        long finished = store.createAnalysis(recording, "quick", 0, null, live);
        store.update(finished, "completed", 1, null, null);
        AnalysisWorker gone = store.startWorker();
        long abandoned = store.createAnalysis(recording, "standard", 1, null, gone);
        gone.close();                                // its OS lock is free, as when the process dies

        assertEquals(2, store.failUnfinished("stopped"));
        assertEquals("failed", store.analysis(legacy).orElseThrow().status());
        assertEquals("failed", store.analysis(abandoned).orElseThrow().status());
        assertEquals("stopped", store.analysis(abandoned).orElseThrow().error());
        assertEquals("running", store.analysis(running).orElseThrow().status(), "a live worker's analysis is left running");
        assertEquals("completed", store.analysis(finished).orElseThrow().status());

        // A worker that died with nothing unfinished leaves its lock file; the next start sweeps it.
        java.nio.file.Path stale = dir.resolve("brrr.db.analyses-00000000-0000-0000-0000-000000000000.lock");
        java.nio.file.Files.createFile(stale);
        live.close();
        assertEquals(1, store.failUnfinished("stopped"));
        assertEquals("failed", store.analysis(running).orElseThrow().status());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".analyses-")).toList(),
                    "no worker lock file is left behind");
        }
    }
}
