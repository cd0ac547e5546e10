package io.braingobrrr.core.io;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.ForwardingSignalSource;
import io.braingobrrr.core.recording.RecordingInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A recording seen with more annotations than it carries (a reviewer's, from a sidecar or the viewer),
 * so the EDF+ writer exports them with the file's own. The wrapped source stays the caller's to close.
 */
public final class WithAnnotations extends ForwardingSignalSource {
    public WithAnnotations(AbstractSignalSource src, List<Annotation> added) {
        super(src, with(src.info(), added));
    }

    private static RecordingInfo with(RecordingInfo i, List<Annotation> added) {
        List<Annotation> all = new ArrayList<>(i.annotations());
        all.addAll(added);
        all.sort(Comparator.comparingDouble(Annotation::onsetSeconds));     // TALs are written in time order
        return new RecordingInfo(i.format(), i.startTime(), i.signals(), List.copyOf(all), i.gaps(), i.warnings(),
                i.recordCount(), i.recordDurationSeconds(), i.recordOnsets(), i.patientIdentification(),
                i.recordingIdentification());
    }
}
