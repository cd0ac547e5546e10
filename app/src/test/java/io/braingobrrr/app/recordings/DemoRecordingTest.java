package io.braingobrrr.app.recordings;

import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo recording: created once in an empty database, under the demo patient, with real samples. */
class DemoRecordingTest {
    @TempDir
    Path tmp;

    @Test
    void createdOnlyWhileTheDatabaseIsEmpty() {
        Database db = Database.open(tmp.resolve("demo.db"));
        RecordingStore recordings = new RecordingStore(db);
        PatientStore patients = new PatientStore(db);
        DemoRecording demo = new DemoRecording(recordings, patients);

        OptionalLong id = demo.createIfDatabaseEmpty();
        assertTrue(id.isPresent());
        assertEquals(OptionalLong.empty(), demo.createIfDatabaseEmpty(), "a second start adds nothing");

        List<WorklistEntry> rows = new Worklist(recordings, patients).load();
        assertEquals(1, rows.size());
        WorklistEntry row = rows.get(0);
        assertEquals("Demo Patient (DEMO-0001)", row.patient());
        assertEquals(DemoRecording.CHANNELS, row.channels());
        assertEquals(DemoRecording.SECONDS, row.durationSeconds(), 1e-9);
        assertTrue(row.matches("demo 0001"), "every word matches somewhere");
        assertFalse(row.matches("demo nobody"), "a word matching nothing filters the row out");

        try (StoredRecording stored = recordings.open(id.getAsLong())) {
            assertEquals(DemoRecording.RATE_HZ, stored.signals().get(0).sampleRateHz(), 1e-9);
            float[] second = new float[DemoRecording.RATE_HZ];
            stored.readPhysical(stored.indexOf("O1"), 0, second, 0, second.length);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (float v : second) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            // EEG-like: it moves (not a flat line) and stays in a physiological range of microvolts.
            assertTrue(max - min > 5 && max < 500 && min > -500, "O1 first second spans " + min + " .. " + max);
        }
    }

    @Test
    void importedFilesWithoutPatientSayNoPatient() throws IOException {
        Database db = Database.open(tmp.resolve("none.db"));
        RecordingStore recordings = new RecordingStore(db);
        new RecordingImporter(recordings).importFile(SharedData.file("format/edfReader/edfPlusD.edf"), null, f -> { });
        WorklistEntry row = new Worklist(recordings, new PatientStore(db)).load().get(0);
        assertEquals(Worklist.UNASSIGNED, row.patient());
        assertEquals("edfPlusD.edf", row.sourceFile());
        assertEquals(20.0, row.durationSeconds(), 1e-9, "duration includes the gaps");
    }
}
