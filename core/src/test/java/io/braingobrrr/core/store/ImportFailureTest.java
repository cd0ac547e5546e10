package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever goes wrong during an import, the database looks as if it had never started. */
class ImportFailureTest {
    private static final String ALL_ROWS = "SELECT (SELECT count(*) FROM recordings) || '/'"
            + " || (SELECT count(*) FROM recording_signals) || '/' || (SELECT count(*) FROM recording_records) || '/'"
            + " || (SELECT count(*) FROM signal_chunks) || '/' || (SELECT count(*) FROM annotations)";

    @TempDir
    Path dir;
    Database db;
    RecordingStore store;
    List<String> before;

    @BeforeEach
    void withOneGoodRecording() throws Exception {
        db = Database.open(dir.resolve("brrr.db"));
        store = new RecordingStore(db);
        store.importRecording(SyntheticSource.continuous(RecordingFormat.EDF, RecordingStoreTest.mixedRates(), 20),
                ImportInfo.of("good.edf"));
        before = DatabaseTest.query(db, ALL_ROWS);
        assertEquals(List.of("1/3/0/6/0"), before, "20 records in chunks of 16: two chunks per signal");
    }

    /** A discontinuous source with annotations, so every table gets rows before the failure. */
    private static SyntheticSource gappySource() {
        double[] onsets = new double[100];
        for (int r = 0; r < onsets.length; r++) onsets[r] = r < 50 ? r : r + 30;
        var signals = RecordingStoreTest.mixedRates();
        return new SyntheticSource(RecordingFormat.EDF_PLUS_D, signals, onsets.length, 1, onsets,
                List.of(new io.braingobrrr.core.recording.Annotation(1, 2, "before the failure")),
                SyntheticSource.fullRange(signals));
    }

    @Test
    void sourceFailingMidwayLeavesNoRows() throws Exception {
        // 7 chunk groups x 3 signals; the 10th read is in the fourth group, after three groups were inserted.
        SyntheticSource failing = gappySource().failAfterReads(10);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.importRecording(failing, ImportInfo.of("truncated.edf")));
        assertTrue(e.getMessage().contains("synthetic read failure"), e.getMessage());
        assertEquals(before, DatabaseTest.query(db, ALL_ROWS));
        // The connection was released: the next import takes the write lock and works.
        store.importRecording(gappySource(), ImportInfo.of("retry.edf"));
        assertEquals(2, store.list().size());
    }

    @Test
    void interruptCancelsAndLeavesNoRows() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        SyntheticSource cancelled = gappySource().onRead(() -> {
            if (reads.incrementAndGet() == 8) Thread.currentThread().interrupt();
        });
        try {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.importRecording(cancelled, ImportInfo.of("cancelled.edf")));
            assertEquals("the import was cancelled", e.getMessage());
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt stays visible to the caller");
        }
        assertEquals(before, DatabaseTest.query(db, ALL_ROWS));
    }

    @Test
    void unknownPatientIsRefusedByName() throws Exception {
        StoreException e = assertThrows(StoreException.class, () -> store.importRecording(gappySource(),
                ImportInfo.of("orphan.edf").withPatient(4242L)));
        assertEquals("there is no patient with id 4242", e.getMessage());
        assertEquals(before, DatabaseTest.query(db, ALL_ROWS));
    }

    @Test
    void progressRisesToOne() {
        List<Double> seen = new java.util.ArrayList<>();
        store.importRecording(gappySource(), ImportInfo.of("p.edf"), seen::add);
        assertEquals(8, seen.size(), "7 chunk groups, then the commit");
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) > seen.get(i - 1), seen.toString());
        assertEquals(1.0, seen.get(seen.size() - 1));
        assertFalse(seen.get(0) <= 0, seen.toString());
    }
}
