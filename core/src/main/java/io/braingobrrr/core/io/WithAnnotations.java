package io.braingobrrr.core.io;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A recording seen with more annotations than it carries (a reviewer's, from a sidecar or the viewer),
 * so the EDF+ writer exports them with the file's own. Samples are read from the wrapped source, which
 * stays the caller's to close.
 */
public final class WithAnnotations extends AbstractSignalSource {
    private final AbstractSignalSource src;

    public WithAnnotations(AbstractSignalSource src, List<Annotation> added) {
        super(with(src.info(), added));
        this.src = src;
    }

    private static RecordingInfo with(RecordingInfo i, List<Annotation> added) {
        List<Annotation> all = new ArrayList<>(i.annotations());
        all.addAll(added);
        all.sort(Comparator.comparingDouble(Annotation::onsetSeconds));     // TALs are written in time order
        return new RecordingInfo(i.format(), i.startTime(), i.signals(), List.copyOf(all), i.gaps(), i.warnings(),
                i.recordCount(), i.recordDurationSeconds(), i.recordOnsets(), i.patientIdentification(),
                i.recordingIdentification());
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
