package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites any open recording as EDF+ (OUT ends in .edf) or BDF+ (.bdf), annotations, gaps and
 * identification kept, digital samples copied exactly where the target width holds them. Files are opened
 * by {@code io.braingobrrr.core.io.RecordingConverter}, which picks the reader.
 */
public final class EdfConverter {
    private EdfConverter() {
    }

    /**
     * Writes {@code rec} to {@code out}. The result's warnings are the writer's (requantisation, shortened
     * header fields) followed by the reader's defects of the input, prefixed "input: ".
     *
     * @throws IllegalArgumentException when {@code out} ends in neither .edf nor .bdf
     */
    public static EdfWriter.Result convert(SignalSource rec, Path out) throws IOException {
        EdfWriteOptions options = EdfWriteOptions.forFile(out);
        if (rec.format().isPlus()) {
            options = options.withPatientIdentification(rec.patientIdentification())
                    .withRecordingIdentification(rec.recordingIdentification());
        } else {
            // Plain EDF/BDF identification is free text; EDF+ needs its subfields, so the text becomes an extra subfield.
            options = options.withPatientIdentification(EdfHeaderFields.plusPatientIdentification(rec.patientIdentification()))
                    .withRecordingIdentification(EdfHeaderFields.plusRecordingIdentification(
                            rec.recordingIdentification(), rec.startTime().toLocalDate()));
        }
        EdfWriter.Result written = EdfWriter.write(rec, out, options);
        List<String> warnings = new ArrayList<>(written.warnings());
        for (String w : rec.warnings()) warnings.add("input: " + w);
        return new EdfWriter.Result(written.path(), written.format(), written.signals(), written.durationSeconds(),
                written.records(), List.copyOf(warnings));
    }
}
