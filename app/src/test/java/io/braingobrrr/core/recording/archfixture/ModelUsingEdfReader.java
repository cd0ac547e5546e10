package io.braingobrrr.core.recording.archfixture;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;

/** Test fixture, never shipped: the model reaching up into a file format breaks the core layering. */
public final class ModelUsingEdfReader {
    private ModelUsingEdfReader() {
    }

    public static SignalSource open(Path p) throws IOException {
        return EdfReader.open(p);
    }
}
