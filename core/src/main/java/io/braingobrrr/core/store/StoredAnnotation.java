package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;

/**
 * An annotation row: what it says and who made it.
 *
 * @param source    'file' (came with the recording), 'user' (added while reviewing) or 'detector'
 * @param createdBy the user's id, null for the local operator or file annotations
 */
public record StoredAnnotation(long id, long recordingId, Annotation annotation, String source, Long createdBy) {
    public static final String USER = "user";

    public boolean byUser() {
        return USER.equals(source);
    }
}
