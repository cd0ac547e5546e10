package io.braingobrrr.core.store;

import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordingImporterTest {
    @TempDir
    Path dir;

    /** SHA-256 as listed by the data's own SHA256SUMS (computed outside this project). */
    private static String listedSha256(String relative) throws IOException {
        for (String line : Files.readAllLines(SharedData.root().resolve("data/SHA256SUMS"))) {
            String[] p = line.trim().split("\\s+", 2);
            if (p.length == 2 && p[1].replaceFirst("^\\*", "").equals(relative)) return p[0];
        }
        throw new AssertionError(relative + " is not in SHA256SUMS");
    }

    @Test
    void importsEdfAndGdfFilesWithChecksumWarningsAndSamples() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        RecordingStore store = new RecordingStore(db);
        RecordingImporter importer = new RecordingImporter(store);
        for (String rel : List.of("format/mne-testing-data/MB0400FU.EDF", "format/debian-octave-biosig/sample.gdf")) {
            Path file = SharedData.data(rel);
            long id = importer.importFile(file, null, f -> { });
            assertEquals(List.of(listedSha256(rel)),
                    DatabaseTest.query(db, "SELECT source_sha256 FROM recordings WHERE id = " + id));
            try (SignalSource original = RecordingReader.open(file); StoredRecording stored = store.open(id)) {
                RecordingAssertions.assertSameRecording(original, stored);
                assertEquals(original.warnings(), stored.warnings());
                assertEquals(original.format(), stored.format());
            }
        }
    }

    @Test
    void aFileThatCannotBeReadLeavesNothingBehind() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        Path bad = dir.resolve("bad.edf");
        Files.writeString(bad, "not a recording at all, just some text");
        RecordingImporter importer = new RecordingImporter(new RecordingStore(db));
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class, () -> importer.importFile(bad, null, f -> { }));
        assertThat(e.getMessage()).contains("bad.edf");
        assertEquals(List.of("0"), DatabaseTest.query(db, "SELECT count(*) FROM recordings"));
    }
}
