package io.braingobrrr.core.clinical;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.time.LocalDateTime;
import java.util.List;

/** A recording seen without its patient field, for exports to users who may not see PHI. Does not close the source. */
final class WithoutPatientIdentification implements SignalSource {
    private final SignalSource src;

    WithoutPatientIdentification(SignalSource src) {
        this.src = src;
    }

    @Override public String patientIdentification() { return ""; }
    @Override public String recordingIdentification() { return src.recordingIdentification(); }
    @Override public RecordingFormat format() { return src.format(); }
    @Override public LocalDateTime startTime() { return src.startTime(); }
    @Override public List<SignalInfo> signals() { return src.signals(); }
    @Override public List<Annotation> annotations() { return src.annotations(); }
    @Override public List<Gap> gaps() { return src.gaps(); }
    @Override public List<String> warnings() { return src.warnings(); }
    @Override public int recordCount() { return src.recordCount(); }
    @Override public double recordDurationSeconds() { return src.recordDurationSeconds(); }
    @Override public double recordOnsetSeconds(int record) { return src.recordOnsetSeconds(record); }
    @Override public long sampleCount(int signal) { return src.sampleCount(signal); }

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
