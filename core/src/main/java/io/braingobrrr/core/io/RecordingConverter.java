package io.braingobrrr.core.io;

import io.braingobrrr.core.edf.EdfConverter;
import io.braingobrrr.core.edf.EdfWriteOptions;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;

/** {@code brrr convert IN OUT}: any file we read (EDF/BDF/GDF) rewritten as EDF+ or BDF+ by OUT's extension. */
public final class RecordingConverter {
    private RecordingConverter() {
    }

    /**
     * @throws IllegalArgumentException when {@code out} ends in neither .edf nor .bdf (checked before reading)
     * @throws io.braingobrrr.core.recording.InvalidRecordingException when {@code in} cannot be read
     */
    public static EdfWriter.Result convert(Path in, Path out) throws IOException {
        EdfWriteOptions.forFile(out);
        try (SignalSource rec = RecordingReader.open(in)) {
            return EdfConverter.convert(rec, out);
        }
    }
}
