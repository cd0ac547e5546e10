package io.braingobrrr.app.report;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The human-readable header and annotation summary of a recording: `brrr info` and the workstation's "Open file". */
public final class HeaderReport {
    private HeaderReport() {
    }

    /** @param file the file the source was read from, or null for a stored recording */
    public static String toText(Path file, SignalSource source) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            write(out, file, source);
        }
        return text.toString();
    }

    public static void write(PrintWriter out, Path file, SignalSource source) {
        TextTable overview = new TextTable();
        if (file != null) overview.add("file", file);
        if (!source.patientIdentification().isEmpty()) overview.add("patient", source.patientIdentification());
        if (!source.recordingIdentification().isEmpty()) overview.add("recording", source.recordingIdentification());
        overview.add("format", source.format().label());
        overview.add("start", Times.iso(source.startTime()));
        overview.add("duration", Numbers.seconds(source.durationSeconds()) + " s (" + Times.clock(source.durationSeconds()) + ")");
        overview.add("records", source.recordCount() + " x " + Numbers.seconds(source.recordDurationSeconds()) + " s");
        overview.print(out, "");

        out.println();
        out.println("signals (" + source.signals().size() + ")");
        TextTable signals = new TextTable("#", "label", "kind", "unit", "rate_hz", "samples",
                "physical_min", "physical_max", "digital_min", "digital_max", "transducer", "prefilter");
        for (int i = 0; i < source.signals().size(); i++) {
            SignalInfo s = source.signals().get(i);
            signals.add(i + 1, s.label(), s.kind(), s.physicalDimension(), Numbers.plain(s.sampleRateHz()),
                    source.sampleCount(i), Numbers.plain(s.physicalMin()), Numbers.plain(s.physicalMax()),
                    s.digitalMin(), s.digitalMax(), s.transducer(), s.prefilter());
        }
        signals.print(out, "  ");

        out.println();
        out.println("annotations (" + source.annotations().size() + ")");
        if (!source.annotations().isEmpty()) {
            TextTable annotations = new TextTable("onset_s", "duration_s", "text");
            for (Annotation a : source.annotations()) {
                annotations.add(Numbers.seconds(a.onsetSeconds()), Numbers.seconds(a.durationSeconds()), a.text());
            }
            annotations.print(out, "  ");
        }

        if (source.format().isDiscontinuous() || !source.gaps().isEmpty()) {
            out.println();
            out.println("gaps (" + source.gaps().size() + ")");
            if (!source.gaps().isEmpty()) {
                TextTable gaps = new TextTable("onset_s", "duration_s");
                for (Gap g : source.gaps()) gaps.add(Numbers.seconds(g.onsetSeconds()), Numbers.seconds(g.durationSeconds()));
                gaps.print(out, "  ");
            }
        }

        out.println();
        out.println("warnings (" + source.warnings().size() + ")");
        for (String w : source.warnings()) out.println("  " + w);
    }
}
