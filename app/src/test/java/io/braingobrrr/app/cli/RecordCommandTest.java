package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStatus;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import io.braingobrrr.core.synth.SyntheticRecordingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr record` into a real SQLite file, exported to a real EDF+/BDF+ file. */
class RecordCommandTest {
    @TempDir
    Path tmp;

    @Test
    void simulatedRecordingPrintsTheSummaryAndWritesTheFile() throws Exception {
        Path db = tmp.resolve("brrr.db");
        Path edf = tmp.resolve("rec.edf");
        JsonNode doc = CliRun.of("record", "--device", "simulated", "--channels", "8", "--rate", "250", "--duration", "1.5",
                "--out", edf.toString(), "--db", db.toString(), "--json").json();
        assertEquals(8, doc.get("channels").asInt());
        assertEquals(250.0, doc.get("sample_rate_hz").asDouble());
        long samples = doc.get("samples").asLong();
        assertEquals(375, samples, "1.5 s x 250 Hz, exactly");
        assertEquals(0, doc.get("dropped_samples").asLong());
        assertEquals(0, doc.get("gaps").size());
        assertEquals(edf.toString(), doc.get("file").asText());
        try (SignalSource file = RecordingReader.open(edf);
             StoredRecording stored = new RecordingStore(Database.open(db)).open(doc.get("recording_id").asLong())) {
            assertEquals(RecordingStatus.COMPLETE, stored.status());
            assertEquals(samples, file.sampleCount(0));
            int[] a = new int[(int) samples], b = new int[(int) samples];
            file.readDigital(7, 0, a, 0, a.length);
            stored.readDigital(7, 0, b, 0, b.length);
            assertTrue(java.util.Arrays.equals(a, b), "exported samples equal the stored ones");
        }
    }

    @Test
    void playbackEndsWithTheFile() throws Exception {
        Path src = tmp.resolve("src.bdf");
        SyntheticRecordingWriter.write(src, 1.0 / 3600, 2, 100);
        JsonNode doc = CliRun.of("record", "--device", "playback", "--source", src.toString(), "--speed", "10",
                "--duration", "30", "--db", tmp.resolve("p.db").toString(), "--json").json();
        assertEquals(100, doc.get("samples").asLong());
        assertTrue(doc.get("file").isNull());
    }

    @Test
    void theRecordingBelongsToThePatientNamed() {
        Path db = tmp.resolve("pt.db");
        long patientId = new io.braingobrrr.core.store.PatientStore(Database.open(db))
                .create("MRN-77", "Ada Lovelace", java.time.LocalDate.of(1815, 12, 10), "F").id();
        JsonNode doc = CliRun.of("record", "--device", "simulated", "--channels", "2", "--rate", "100", "--duration", "0.5",
                "--patient", "MRN-77", "--db", db.toString(), "--json").json();
        try (StoredRecording r = new RecordingStore(Database.open(db)).open(doc.get("recording_id").asLong())) {
            assertEquals(patientId, r.patientId());
            assertEquals("MRN-77 F 10-DEC-1815 Ada_Lovelace", r.patientIdentification());
        }
        assertTrue(CliRun.of("record", "--device", "simulated", "--duration", "1", "--patient", "NOPE", "--db", db.toString())
                .badInput().contains("no patient with this MRN"));
    }

    @Test
    void badChoicesAreNamed() {
        Path db = tmp.resolve("x.db");
        assertTrue(CliRun.of("record", "--device", "neuralink", "--duration", "1", "--db", db.toString()).badInput()
                .contains("unknown device 'neuralink'"));
        assertTrue(CliRun.of("record", "--device", "cyton", "--duration", "1", "--db", db.toString()).badInput()
                .contains("--port is required"));
        assertTrue(CliRun.of("record", "--device", "cyton", "--port", tmp.resolve("none").toString(), "--duration", "1",
                "--db", db.toString()).badInput().contains("no such serial port"));
        assertTrue(CliRun.of("record", "--device", "simulated", "--channels", "65", "--duration", "1", "--db", db.toString())
                .badInput().contains("1..64 channels"));
        assertTrue(CliRun.of("record", "--device", "simulated", "--duration", "0", "--db", db.toString()).badInput()
                .contains("--duration"));
        assertTrue(CliRun.of("record", "--device", "simulated", "--duration", "1", "--out", tmp.resolve("a.txt").toString(),
                "--db", db.toString()).badInput().contains(".edf or .bdf"));
    }
}
