package io.braingobrrr.app.viewer.annotate;

import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.Annotation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where one open recording's annotations are kept: the database for stored recordings, a sidecar beside
 * a file opened from disk (ADR 0007). Calls may block on disk or database: the view model makes them
 * off the FX thread.
 */
public interface AnnotationBook {
    /** Every annotation, the recording's own and the reviewers', by onset. */
    List<AnnotationEntry> list() throws IOException;

    AnnotationEntry add(Annotation a) throws IOException;

    AnnotationEntry update(AnnotationEntry entry, Annotation changed) throws IOException;

    void delete(AnnotationEntry entry) throws IOException;

    /** Writes the recording as EDF+/BDF+ (by {@code out}'s extension) with every annotation. */
    EdfWriter.Result export(Path out) throws IOException;

    /** Where added annotations go, for the status line ("database recording 12", a sidecar's path). */
    String where();
}
