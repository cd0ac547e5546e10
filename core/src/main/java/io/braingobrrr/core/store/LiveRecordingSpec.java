package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.SignalInfo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a recording being acquired looks like before its first sample: its signals (each with a whole
 * number of samples per record), the record duration, 16 or 24 bits, and whose it is.
 *
 * @param storageLimitBytes stop accepting data once the database file would grow past this size
 *                          (0 = only the disk limits it); SQLite then answers "disk full" exactly as a
 *                          full disk would
 */
public record LiveRecordingSpec(List<SignalInfo> signals, double recordDurationSeconds, boolean bdf,
                                LocalDateTime startTime, Long patientId, String patientIdentification,
                                String recordingIdentification, long storageLimitBytes) {
    public LiveRecordingSpec {
        signals = List.copyOf(signals);
        if (signals.isEmpty()) throw new IllegalArgumentException("a recording needs at least one signal");
        if (!(recordDurationSeconds > 0)) throw new IllegalArgumentException("record duration must be > 0 s");
        if (startTime == null) throw new IllegalArgumentException("start time is required");
    }

    public LiveRecordingSpec withStorageLimit(long bytes) {
        return new LiveRecordingSpec(signals, recordDurationSeconds, bdf, startTime, patientId, patientIdentification,
                recordingIdentification, bytes);
    }
}
