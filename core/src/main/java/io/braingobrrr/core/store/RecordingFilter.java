package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;

import java.time.LocalDateTime;

/** Filters for the recording list; null fields do not filter. Start times compare as the recording's local time. */
public record RecordingFilter(Long patientId, RecordingFormat format, RecordingStatus status,
                              LocalDateTime startedFrom, LocalDateTime startedBefore) {
    public static final RecordingFilter ALL = new RecordingFilter(null, null, null, null, null);
}
