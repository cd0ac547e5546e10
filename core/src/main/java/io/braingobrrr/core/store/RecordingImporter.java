package io.braingobrrr.core.store;

import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Imports an EDF/BDF/GDF file into the database the same way for `brrr import`, the workstation and the API:
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
