package io.braingobrrr.app.viewer.annotate;

import io.braingobrrr.core.clinical.AnnotationService;
import io.braingobrrr.core.clinical.RecordingService;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.store.StoredAnnotation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A stored recording's annotations, through the permission-checked, audited core services. */
public final class StoredAnnotationBook implements AnnotationBook {
    private final AnnotationService annotations;
    private final RecordingService recordings;
    private final Subject user;
    private final long recordingId;

    public StoredAnnotationBook(AnnotationService annotations, RecordingService recordings, Subject user, long recordingId) {
        this.annotations = annotations;
        this.recordings = recordings;
        this.user = user;
        this.recordingId = recordingId;
    }

    @Override
    public List<AnnotationEntry> list() {
        return annotations.list(user, recordingId).stream().map(StoredAnnotationBook::entry).toList();
    }

    @Override
    public AnnotationEntry add(Annotation a) {
        return entry(annotations.add(user, recordingId, a));
    }

    @Override
    public AnnotationEntry update(AnnotationEntry entry, Annotation changed) {
        return entry(annotations.update(user, entry.id(), changed));
    }

    @Override
    public void delete(AnnotationEntry entry) {
        annotations.delete(user, entry.id());
    }

    @Override
    public EdfWriter.Result export(Path out) throws IOException {
        return recordings.export(user, recordingId, out);
    }

    @Override
    public String where() {
        return "database recording " + recordingId;
    }

    private static AnnotationEntry entry(StoredAnnotation a) {
        return new AnnotationEntry(a.id(), a.annotation(), a.byUser());
    }
}
