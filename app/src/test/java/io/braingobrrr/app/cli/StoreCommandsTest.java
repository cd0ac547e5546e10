package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.secrets.SecretException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.RecordingSummary;
import io.braingobrrr.core.store.StoredRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr import` and `brrr backup` against a real SQLite file in a temporary folder. */
class StoreCommandsTest {
    private static final String EDF = "format/mne-testing-data/test_generator_2.edf";

    @TempDir
    Path tmp;

    @Test
    void importedRecordingIsListedWithItsSamples() {
        Path db = tmp.resolve("brrr.db");
        long id = CliRun.of("import", SharedData.file(EDF).toString(), "--db", db.toString(), "--json")
                .json().get("recording_id").asLong();

        RecordingStore store = new RecordingStore(Database.open(db));
        List<RecordingSummary> list = store.list();
        assertEquals(1, list.size());
        RecordingSummary r = list.get(0);
        assertEquals(id, r.id());
        assertEquals("test_generator_2.edf", r.sourceFile());
        assertEquals(11, r.signalCount());
        assertEquals(600.0, r.durationSeconds(), 1e-9);
        // The stored samples are the file's: compare with the reference's first values of "ramp".
        JsonNode first5 = SharedData.reference(EDF).get("stats").get("ramp").get("first5");
        try (StoredRecording stored = store.open(id)) {
            double[] values = new double[5];
            stored.readPhysical(stored.indexOf("ramp"), 0, values, 0, 5);
            for (int i = 0; i < 5; i++) assertEquals(first5.get(i).asDouble(), values[i], 1e-9);
        }
    }

    @Test
    void humanImportNamesTheRecordingAndDatabase() {
        Path db = tmp.resolve("human.db");
        CliRun run = CliRun.of("import", SharedData.file(EDF).toString(), "--db", db.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Imported test_generator_2.edf as recording 1 into "), run.out());
    }

    @Test
    void failedImportLeavesNothingInTheDatabase() throws IOException {
        Path db = tmp.resolve("brrr.db");
        Path broken = tmp.resolve("broken.edf");
        byte[] all = Files.readAllBytes(SharedData.file(EDF));
        Files.write(broken, java.util.Arrays.copyOf(all, 50_000));
        CliRun.of("import", broken.toString(), "--db", db.toString()).badInput();
        assertEquals(List.of(), new RecordingStore(Database.open(db)).list());
    }

    @Test
    void backupIsAUsableCopy() {
        Path db = tmp.resolve("brrr.db");
        CliRun.of("import", SharedData.file(EDF).toString(), "--db", db.toString(), "--json").json();
        Path copy = tmp.resolve("copy.db");
        JsonNode doc = CliRun.of("backup", copy.toString(), "--db", db.toString(), "--json").json();
        assertEquals(copy.toAbsolutePath().toString(), doc.get("written").asText());
        assertEquals(doc.get("bytes").asLong(), copy.toFile().length());
        List<RecordingSummary> copied = new RecordingStore(Database.open(copy)).list();
        assertEquals(1, copied.size());
        assertEquals("test_generator_2.edf", copied.get(0).sourceFile());
        // A second backup to the same file is refused, and the first copy stays as it was.
        String line = CliRun.of("backup", copy.toString(), "--db", db.toString()).badInput();
        assertTrue(line.contains("copy.db") && line.contains("exists"), line);
        assertEquals(doc.get("bytes").asLong(), copy.toFile().length());
    }

    @Test
    void backupNamesTheKeyFileAndARestoreNeedsIt() throws Exception {
        Path db = tmp.resolve("brrr.db");
        byte[] pseudonymKey = new InstallationSecrets(Database.open(db)).getOrCreate("pseudonym-key", 32);
        Path copy = tmp.resolve("copy.db");
        CliRun run = CliRun.of("backup", copy.toString(), "--db", db.toString(), "--json");
        JsonNode doc = run.json();
        Path keyFile = tmp.resolve("brrr.db.key");
        assertEquals(keyFile.toString(), doc.get("key_file").asText());
        assertEquals(8, doc.get("key_id").asText().length());
        assertTrue(run.err().contains("note:") && run.err().contains(keyFile.toString()), run.err());

        // Restored without its key, the copy's secrets are refused by name; with the key beside it, they open.
        Path restored = tmp.resolve("restored").resolve("brrr.db");
        Files.createDirectories(restored.getParent());
        Files.copy(copy, restored);
        SecretException missing = assertThrows(SecretException.class,
                () -> new InstallationSecrets(Database.open(restored)).getOrCreate("pseudonym-key", 32));
        assertTrue(missing.getMessage().contains(restored + ".key is missing"), missing.getMessage());
        Files.copy(keyFile, tmp.resolve("restored").resolve("brrr.db.key"));
        assertArrayEquals(pseudonymKey, new InstallationSecrets(Database.open(restored)).getOrCreate("pseudonym-key", 32));

        // A database whose key is gone is still backed up (nothing lost), with a warning naming the file.
        Files.delete(tmp.resolve("restored").resolve("brrr.db.key"));
        CliRun again = CliRun.of("backup", tmp.resolve("copy2.db").toString(), "--db", restored.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(Files.exists(tmp.resolve("copy2.db")));
        assertTrue(again.err().contains("warning:") && again.err().contains(restored + ".key is missing"), again.err());
    }
}
