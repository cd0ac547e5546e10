package io.braingobrrr.app.recordings;

import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.store.RecordingStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Imports an EDF/BDF file into the database the same way for `brrr import` and the workstation:
 * the file's name, SHA-256 and header identification fields travel with the samples.
 */
public final class RecordingImporter {
    private final RecordingStore store;

    public RecordingImporter(RecordingStore store) {
        this.store = store;
    }

    /** Returns the new recording's id; throws InvalidRecordingException (a subclass of IOException) for a bad file. */
    public long importFile(Path file, Long patientId, DoubleConsumer progress) throws IOException {
        try (SignalSource recording = RecordingReader.open(file)) {
            ImportInfo info = ImportInfo.ofFile(file)
                    .withIdentification(recording.patientIdentification(), recording.recordingIdentification())
                    .withPatient(patientId);
            return store.importRecording(recording, info, progress);
        }
    }
}
