package io.braingobrrr.app.viewer.annotate;

import io.braingobrrr.core.recording.Annotation;

/**
 * One annotation as the viewer lists it.
 *
 * @param id       the database row, or a number the sidecar book gives out (unique within one view)
 * @param editable false for what came with the file or a detector: part of the record, never changed here
 */
public record AnnotationEntry(long id, Annotation annotation, boolean editable) {
    public double onsetSeconds() {
        return annotation.onsetSeconds();
    }

    public String text() {
        return annotation.text();
    }
}
