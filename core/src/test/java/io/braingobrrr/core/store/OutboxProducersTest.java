package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each producer writes its outbox event in the transaction of its change: the event exists iff the change committed. */
class OutboxProducersTest {
    private static final String EVENTS = "SELECT event_type || ' ' || coalesce(subject, '') || ' ' || payload FROM outbox_events ORDER BY id";

    @TempDir
    Path dir;

    @Test
    void patientCreatedOnlyWhenThePatientIsStored() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        PatientStore patients = new PatientStore(db);
        long id = patients.create("MRN-1", "Ada Lovelace", LocalDate.of(1990, 1, 2), "F").id();
        assertThrows(StoreException.class, () -> patients.create("MRN-1", "Twin", null, null));   // duplicate: rolled back
        assertThrows(StoreException.class, () -> patients.create("MRN-2", null, null, "Q"));      // refused before SQL
        assertEquals(List.of("patient.created patient:" + id + " {\"patient_id\":" + id + "}"), DatabaseTest.query(db, EVENTS));
        assertEquals(List.of("1"), DatabaseTest.query(db, "SELECT count(*) FROM patients"));
    }

    @Test
    void patientUpdatedExactlyWhenTheUpdateCommitted() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        PatientStore patients = new PatientStore(db);
        long a = patients.create("MRN-1", "Ada Lovelace", null, null).id();
        patients.create("MRN-2", "Grace Hopper", null, null);
        assertTrue(patients.update(a, "MRN-1", "Ada King", null, "F"));
        assertThrows(StoreException.class, () -> patients.update(a, "MRN-2", "Ada", null, null));   // MRN taken: rolled back
        assertFalse(patients.update(a + 99, "MRN-9", "Nobody", null, null));                         // no such patient: no event
        assertEquals(List.of("patient.updated patient:" + a + " {\"patient_id\":" + a + "}"),
                DatabaseTest.query(db, EVENTS.replace("FROM outbox_events", "FROM outbox_events WHERE event_type = 'patient.updated'")));
    }

    @Test
    void analysisCompletedOnlyOnTheCompletedStatus() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        long rec = new RecordingStore(db).importRecording(SyntheticSource.continuous(RecordingFormat.EDF,
                RecordingStoreTest.mixedRates(), 4), ImportInfo.of("a.edf"));
        ResultStore results = new ResultStore(db);
        long a = results.createAnalysis(rec, "standard", 0, null);
        results.update(a, "running", 0.5, "staging", null);
        assertThrows(StoreException.class, () -> results.update(a + 99, "completed", 1, null, null));   // no such analysis
        results.update(a, "completed", 1, null, null);
        assertEquals(List.of("recording.finalised recording:" + rec + " {\"recording_id\":" + rec + ",\"origin\":\"import\"}",
                        "analysis.completed analysis:" + a + " {\"analysis_id\":" + a + ",\"recording_id\":" + rec + ",\"type\":\"standard\"}"),
                DatabaseTest.query(db, EVENTS));
        assertEquals(List.of("completed"), DatabaseTest.query(db, "SELECT status FROM analyses"));
    }

    @Test
    void aFailedImportLeavesNoEvent() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        RecordingStore store = new RecordingStore(db);
        SyntheticSource failing = SyntheticSource.continuous(RecordingFormat.EDF, RecordingStoreTest.mixedRates(), 40)
                .failAfterReads(4);
        assertThrows(IllegalStateException.class, () -> store.importRecording(failing, ImportInfo.of("bad.edf")));
        assertEquals(List.of(), DatabaseTest.query(db, EVENTS));
    }

    @Test
    void recordingFinalisedWhenALiveRecordingFinishesAndNotWhenItIsAbandoned() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        SignalInfo cz = SignalInfo.of("EEG Cz", "AgAgCl", "uV", -3276.7, 3276.7, -32767, 32767, "", 10, 100);
        LiveRecordingSpec spec = new LiveRecordingSpec(List.of(cz), 0.1, false, LocalDateTime.of(2025, 3, 1, 9, 30),
                null, null, null, 0);
        long abandoned;
        try (LiveRecording live = LiveRecording.create(db, spec)) {
            live.append(new int[][]{new int[10]}, 1, 0.0);
            abandoned = live.id();
        }
        assertEquals(List.of(), DatabaseTest.query(db, EVENTS), "closed without finish (a crash): no event");
        long finished;
        try (LiveRecording live = LiveRecording.create(db, spec)) {
            live.append(new int[][]{new int[10]}, 1, 0.0);
            live.finish();
            finished = live.id();
        }
        assertEquals(List.of("recording.finalised recording:" + finished + " {\"recording_id\":" + finished
                + ",\"origin\":\"acquisition\"}"), DatabaseTest.query(db, EVENTS));
        assertEquals(List.of("recording"), DatabaseTest.query(db, "SELECT status FROM recordings WHERE id = " + abandoned));

        // The next start recovers the abandoned one: its data is final now, so the event follows, once.
        assertEquals(List.of(abandoned), LiveRecording.recoverInterrupted(db));
        assertEquals(List.of(), LiveRecording.recoverInterrupted(db));
        assertEquals(List.of("recording.finalised recording:" + finished + " {\"recording_id\":" + finished + ",\"origin\":\"acquisition\"}",
                "recording.finalised recording:" + abandoned + " {\"recording_id\":" + abandoned + ",\"origin\":\"recovery\"}"),
                DatabaseTest.query(db, EVENTS));
        assertEquals(List.of("recovered"), DatabaseTest.query(db, "SELECT status FROM recordings WHERE id = " + abandoned));
    }
}
