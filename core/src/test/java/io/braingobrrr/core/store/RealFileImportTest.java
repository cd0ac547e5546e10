package io.braingobrrr.core.store;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every EDF/BDF of the shared data that the reader opens goes into the database and comes back sample for sample. */
class RealFileImportTest {
    @TempDir
    static Path dir;
    static RecordingStore store;

    @BeforeAll
    static void openDatabase() {
        store = new RecordingStore(Database.open(dir.resolve("real.db")));
    }

    static List<String> files() {
        return SharedData.allEdfAndBdf();
    }

    @ParameterizedTest
    @MethodSource("files")
    void importedFileReadsBackExactly(String relative) throws Exception {
        Path file = SharedData.data(relative);
        EdfRecording edf;
        try {
            edf = EdfReader.open(file);
        } catch (InvalidRecordingException e) {
            Assumptions.abort("the reader rejects it, nothing to import: " + e.getMessage());
            return;
        }
        try (edf) {
            long id = store.importRecording(edf, ImportInfo.ofFile(file)
                    .withIdentification(edf.patientIdentification(), edf.recordingIdentification()));
            try (StoredRecording stored = store.open(id)) {
                RecordingAssertions.assertSameRecording(edf, stored);
                assertEquals(edf.patientIdentification(), stored.patientIdentification());
                assertEquals(edf.recordingIdentification(), stored.recordingIdentification());
                assertEquals(file.getFileName().toString(), stored.sourceFile());
                assertEquals(edf.warnings(), stored.warnings(), "the file's defects travel with the recording");
            }
        }
    }

    /** The files the brief names explicitly must really be among those compared (not skipped). */
    @Test
    void discontinuousEdfAndBdfStimChannelAreRead() throws Exception {
        for (String relative : List.of("format/edfReader/edfPlusD.edf", "format/edfReader/bdfPlusD.bdf",
                "format/mne-testing-data/test_bdf_stim_channel.bdf")) {
            try (EdfRecording edf = EdfReader.open(SharedData.data(relative))) {
                long id = store.importRecording(edf, ImportInfo.of(relative));
                try (StoredRecording stored = store.open(id)) {
                    RecordingAssertions.assertSameRecording(edf, stored);
                    assertTrue(stored.recordCount() > 0, relative);
                    if (relative.endsWith("D.edf") || relative.endsWith("D.bdf")) {
                        assertFalse(stored.gaps().isEmpty(), relative + " has gaps");
                    }
                }
            }
        }
    }
}
