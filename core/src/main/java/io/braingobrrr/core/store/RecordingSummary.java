package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One line of the recording list.
 *
 * @param patientId null when no patient is assigned
 * @param startTime local clock time of the recording's start, as the source stated it
 * @param createdAt when the recording entered the database
 * @param sourceSha256 SHA-256 (hex) of the file it was imported from; null for acquired recordings
 */
public record RecordingSummary(long id, Long patientId, String sourceFile, RecordingFormat format,
                               LocalDateTime startTime, double durationSeconds, int signalCount,
                               RecordingStatus status, Instant createdAt, String sourceSha256) {
}
