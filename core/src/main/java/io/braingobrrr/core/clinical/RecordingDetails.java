package io.braingobrrr.core.clinical;

import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.store.RecordingSummary;

import java.util.List;

/**
 * One recording with its signals, as a viewer may see it.
 *
 * @param patientIdentification the file's free-text patient field; null for users without phi_read
 */
public record RecordingDetails(RecordingSummary summary, List<SignalInfo> signals, int annotationCount,
                               String patientIdentification, String recordingIdentification, List<String> warnings) {
}
