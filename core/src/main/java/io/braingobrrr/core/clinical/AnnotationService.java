package io.braingobrrr.core.clinical;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.AnnotationStore;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredAnnotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annotations of stored recordings for every front end: reading needs eeg_read, adding, changing and
 * deleting need eeg_write and are audited. Only annotations made by users can be changed or deleted: what
 * came with the file or from a detector is part of the record and stays as it was.
 */
public final class AnnotationService {
    /** EDF+ TAL text is free, but a page-long note belongs in the report, not on the trace. */
    public static final int MAX_TEXT = 200;

    private final RecordingStore recordings;
    private final AnnotationStore store;
    private final AuditTrail audit;

    public AnnotationService(RecordingStore recordings, AnnotationStore store, AuditTrail audit) {
        this.recordings = recordings;
        this.store = store;
        this.audit = audit;
    }

    public List<StoredAnnotation> list(Subject by, long recordingId) {
        by.require(Permission.EEG_READ);
        requireRecording(recordingId);
        return store.list(recordingId);
    }

    /** Adds a user annotation, stamped with who made it. */
    public StoredAnnotation add(Subject by, long recordingId, Annotation a) {
        by.require(Permission.EEG_WRITE);
        requireRecording(recordingId);
        Annotation checked = check(a);
        StoredAnnotation added = store.add(recordingId, checked, StoredAnnotation.USER, by.userId());
        audit.append(event(by, "annotation.create", added.id(), recordingId, checked));
        return added;
    }

    /** Changes a user annotation's onset, duration and text. */
    public StoredAnnotation update(Subject by, long annotationId, Annotation a) {
        by.require(Permission.EEG_WRITE);
        StoredAnnotation old = editable(annotationId);
        Annotation checked = check(a);
        store.update(annotationId, checked);
        audit.append(event(by, "annotation.update", annotationId, old.recordingId(), checked));
        return new StoredAnnotation(annotationId, old.recordingId(), checked, old.source(), old.createdBy());
    }

    public void delete(Subject by, long annotationId) {
        by.require(Permission.EEG_WRITE);
        StoredAnnotation old = editable(annotationId);
        store.delete(annotationId);
        audit.append(event(by, "annotation.delete", annotationId, old.recordingId(), old.annotation()));
    }

    private StoredAnnotation editable(long id) {
        StoredAnnotation a = store.find(id).orElseThrow(() -> new NotFoundException("there is no annotation " + id));
        requireRecording(a.recordingId());
        if (!a.byUser()) {
            throw new ConflictException("annotation " + id + " came from the " + a.source() + " and cannot be changed; add a new one instead");
        }
        return a;
    }

    private void requireRecording(long id) {
        if (recordings.find(id).isEmpty()) throw new NotFoundException("there is no recording " + id);
    }

    /** Refuses what EDF+ cannot carry or a reader cannot place: the field named, never a stack trace. */
    public static Annotation check(Annotation a) {
        if (a == null) throw InvalidInputException.of("annotation", "is required");
        if (!Double.isFinite(a.onsetSeconds())) throw InvalidInputException.of("onset_s", "must be a number of seconds");
        if (a.hasDuration() && !(a.durationSeconds() >= 0 && Double.isFinite(a.durationSeconds()))) {
            throw InvalidInputException.of("duration_s", "must be 0 or more seconds, got " + a.durationSeconds());
        }
        String text = a.text() == null ? "" : a.text().strip();
        if (text.isEmpty()) throw InvalidInputException.of("text", "must not be empty");
        if (text.length() > MAX_TEXT) throw InvalidInputException.of("text", "at most " + MAX_TEXT + " characters, got " + text.length());
        // EDF+ TALs separate fields with 0x14/0x15 and end with 0x00: such characters would corrupt an export.
        if (text.chars().anyMatch(ch -> ch < 0x20)) throw InvalidInputException.of("text", "must not contain control characters");
        return new Annotation(a.onsetSeconds(), a.durationSeconds(), text);
    }

    private static AuditEvent event(Subject by, String action, long id, long recordingId, Annotation a) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("recording_id", recordingId);
        detail.put("onset_s", a.onsetSeconds());
        if (a.hasDuration()) detail.put("duration_s", a.durationSeconds());
        detail.put("text", a.text());
        return new AuditEvent(by.username(), action, "annotation", Long.toString(id), detail, by.origin(), by.address());
    }
}
