package io.braingobrrr.core.review;

import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.StoredRecording;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a scoring or a channel layout belongs to: a stored recording by id, or a file opened from disk by its
 * name, start and duration (no path: paths differ between machines; no hash: hashing 2 GB delays the first page).
 */
public final class RecordingKey {
    private RecordingKey() {
    }

    public static String of(StoredRecording recording) {
        return "recording:" + recording.id();
    }

    /** The key of {@code source}: its id when it is a stored recording, else the file's name, start and length. */
    public static String of(Path file, SignalSource source) {
        if (source instanceof StoredRecording stored) return of(stored);
        return String.format(Locale.ROOT, "file:%s|%s|%.3f", file == null ? "?" : file.getFileName(),
                source.startTime(), source.durationSeconds());
    }
}
