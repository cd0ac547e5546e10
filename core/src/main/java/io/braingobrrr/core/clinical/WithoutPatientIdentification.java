package io.braingobrrr.core.clinical;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.RecordingInfo;

/** A recording seen without its patient field, for exports to users who may not see PHI. Does not close the source. */
final class WithoutPatientIdentification extends AbstractSignalSource {
    private final AbstractSignalSource src;

    WithoutPatientIdentification(AbstractSignalSource src) {
        super(withoutPatient(src.info()));
        this.src = src;
    }

    private static RecordingInfo withoutPatient(RecordingInfo i) {
        return new RecordingInfo(i.format(), i.startTime(), i.signals(), i.annotations(), i.gaps(), i.warnings(),
                i.recordCount(), i.recordDurationSeconds(), i.recordOnsets(), "", i.recordingIdentification());
    }

    @Override
    public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        src.readDigital(signal, firstSample, dst, offset, count);
    }

    @Override
    public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        src.readPhysical(signal, firstSample, dst, offset, count);
    }

    @Override
    public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        src.readPhysical(signal, firstSample, dst, offset, count);
    }

    @Override
    public void close() {
        // the wrapped source belongs to the caller
    }
}
