package io.braingobrrr.core.clinical;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.ForwardingSignalSource;
import io.braingobrrr.core.recording.RecordingInfo;

/** A recording seen without its patient field, for exports to users who may not see PHI. Does not close the source. */
final class WithoutPatientIdentification extends ForwardingSignalSource {
    WithoutPatientIdentification(AbstractSignalSource src) {
        super(src, withoutPatient(src.info()));
    }

    private static RecordingInfo withoutPatient(RecordingInfo i) {
        return new RecordingInfo(i.format(), i.startTime(), i.signals(), i.annotations(), i.gaps(), i.warnings(),
                i.recordCount(), i.recordDurationSeconds(), i.recordOnsets(), "", i.recordingIdentification());
    }
}
