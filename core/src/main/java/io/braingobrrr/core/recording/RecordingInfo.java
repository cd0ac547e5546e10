package io.braingobrrr.core.recording;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a signal source knows about its recording besides the samples: what every reader and the
 * store fill in once on open, so each of them only has to say how its samples are fetched.
 *
 * @param recordOnsets onset of each data record in seconds from the start, or null when record k starts
 *                     at k x record duration (continuous)
 */
public record RecordingInfo(
        RecordingFormat format,
        LocalDateTime startTime,
        List<SignalInfo> signals,
        List<Annotation> annotations,
        List<Gap> gaps,
        List<String> warnings,
        int recordCount,
        double recordDurationSeconds,
        double[] recordOnsets,
        String patientIdentification,
        String recordingIdentification) {

    public RecordingInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startTime, "startTime");
        signals = List.copyOf(signals);
        annotations = List.copyOf(annotations);
        gaps = List.copyOf(gaps);
        warnings = List.copyOf(warnings);
        if (recordOnsets != null && recordOnsets.length != recordCount) {
            throw new IllegalArgumentException(recordOnsets.length + " record onsets for " + recordCount + " records");
        }
        patientIdentification = patientIdentification == null ? "" : patientIdentification;
        recordingIdentification = recordingIdentification == null ? "" : recordingIdentification;
    }
}
