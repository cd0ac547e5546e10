package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.AnnotationService;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.store.AnnotationStore;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr convert db:ID OUT`: a stored recording exported with the annotations reviewers added. */
class ConvertStoredCommandTest {
    private static final String EDF = "format/mne-testing-data/test_generator_2.edf";

    @TempDir
    Path tmp;

    @Test
    void storedRecordingIsExportedWithItsUserAnnotations() throws Exception {
        Path db = tmp.resolve("brrr.db");
        long id = CliRun.of("import", SharedData.file(EDF).toString(), "--db", db.toString(), "--json")
                .json().get("recording_id").asLong();
        Database database = Database.open(db);
        new AnnotationService(new RecordingStore(database), new AnnotationStore(database), new AuditTrail(database))
                .add(Subject.local("test", "localhost"), id, new Annotation(61.5, 2.0, "Photic stimulation"));

        Path out = tmp.resolve("stored.edf");
        JsonNode doc = CliRun.of("convert", "db:" + id, out.toString(), "--db", db.toString(), "--json").json();
        assertEquals(out.toString(), doc.get("written").asText());
        assertEquals(11, doc.get("signals").asInt());
        try (EdfRecording edf = EdfReader.open(out)) {
            assertEquals(600.0, edf.durationSeconds(), 1e-9);
            assertTrue(edf.annotations().stream().anyMatch(a -> a.text().equals("Photic stimulation")
                    && Math.abs(a.onsetSeconds() - 61.5) < 1e-6 && Math.abs(a.durationSeconds() - 2.0) < 1e-6), edf.annotations().toString());
        }
    }

    @Test
    void badStoredInputsAreNamed() {
        Path db = tmp.resolve("brrr.db");
        String line = CliRun.of("convert", "db:77", tmp.resolve("x.edf").toString(), "--db", db.toString()).badInput();
        assertTrue(line.contains("db:77") && line.contains("no recording 77"), line);
        line = CliRun.of("convert", "db:seven", tmp.resolve("x.edf").toString(), "--db", db.toString()).badInput();
        assertTrue(line.contains("db:ID"), line);
        line = CliRun.of("convert", "db:1", tmp.resolve("x.txt").toString(), "--db", db.toString()).badInput();
        assertTrue(line.contains(".edf or .bdf"), line);
    }
}
