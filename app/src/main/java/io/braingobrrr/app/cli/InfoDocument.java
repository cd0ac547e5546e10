package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.Times;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.List;

/** The JSON of `brrr info` exactly as the CLI contract names it (snake_case by the mapper). */
record InfoDocument(
        String format,
        String start,
        double durationS,
        int recordCount,
        double recordDurationS,
        List<SignalEntry> signals,
        List<AnnotationEntry> annotations,
        List<GapEntry> gaps,
        List<String> warnings) {

    record SignalEntry(String label, String transducer, String physicalDimension, double physicalMin,
                       double physicalMax, int digitalMin, int digitalMax, String prefilter,
                       double sampleRateHz, long sampleCount) {
    }

    /** durationS is null when the file gives no duration (JSON null, not NaN, which JSON cannot carry). */
    record AnnotationEntry(double onsetS, Double durationS, String text) {
    }

    record GapEntry(double onsetS, double durationS) {
    }

    static InfoDocument of(SignalSource source) {
        List<SignalEntry> signals = new ArrayList<>();
        for (int i = 0; i < source.signals().size(); i++) {
            SignalInfo s = source.signals().get(i);
            signals.add(new SignalEntry(s.label(), s.transducer(), s.physicalDimension(), s.physicalMin(),
                    s.physicalMax(), s.digitalMin(), s.digitalMax(), s.prefilter(), s.sampleRateHz(),
                    source.sampleCount(i)));
        }
        List<AnnotationEntry> annotations = new ArrayList<>();
        for (Annotation a : source.annotations()) {
            annotations.add(new AnnotationEntry(a.onsetSeconds(), a.hasDuration() ? a.durationSeconds() : null, a.text()));
        }
        List<GapEntry> gaps = new ArrayList<>();
        for (Gap g : source.gaps()) gaps.add(new GapEntry(g.onsetSeconds(), g.durationSeconds()));
        return new InfoDocument(source.format().label(), Times.iso(source.startTime()), source.durationSeconds(),
                source.recordCount(), source.recordDurationSeconds(), signals, annotations, gaps,
                List.copyOf(source.warnings()));
    }
}
