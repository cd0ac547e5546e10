package io.braingobrrr.core.edf;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@link EdfWriter} writes besides the samples.
 *
 * @param bdf                     true for BDF+ (24-bit samples), false for EDF+ (16-bit)
 * @param patientIdentification   the 80-character EDF+ patient field, or null for "X X X X" (all unknown)
 * @param recordingIdentification the 80-character EDF+ recording field, or null for
 *                                "Startdate dd-MMM-yyyy X X X" built from the start date
 */
public record EdfWriteOptions(boolean bdf, String patientIdentification, String recordingIdentification) {

    public static EdfWriteOptions edf() {
        return new EdfWriteOptions(false, null, null);
    }

    public static EdfWriteOptions bdfPlus() {
        return new EdfWriteOptions(true, null, null);
    }

    /**
     * Options for a target file chosen by its extension: .edf gives EDF+, .bdf gives BDF+ (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file when the extension is neither
     */
    public static EdfWriteOptions forFile(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".edf")) return edf();
        if (name.endsWith(".bdf")) return bdfPlus();
        throw new IllegalArgumentException("output file " + out.getFileName()
                + ": extension must be .edf (EDF+, 16-bit) or .bdf (BDF+, 24-bit)");
    }

    public EdfWriteOptions withPatientIdentification(String text) {
        return new EdfWriteOptions(bdf, text, recordingIdentification);
    }

    public EdfWriteOptions withRecordingIdentification(String text) {
        return new EdfWriteOptions(bdf, patientIdentification, text);
    }

    /** Bytes of one stored sample: 2 for EDF, 3 for BDF. */
    int bytesPerSample() {
        return bdf ? 3 : 2;
    }

    int digitalLimitMin() {
        return bdf ? -8388608 : -32768;
    }

    int digitalLimitMax() {
        return bdf ? 8388607 : 32767;
    }
}
