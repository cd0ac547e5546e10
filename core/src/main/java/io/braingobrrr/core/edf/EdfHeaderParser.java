package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.RecordingFormat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses and validates the EDF/BDF header byte by byte. Real files carry many small defects; each one
 * we can read around becomes a warning, anything else an {@link InvalidRecordingException} naming the
 * field and its byte offset.
 */
final class EdfHeaderParser {
    static final int FIXED = 256;
    /** No real montage has more; the limit keeps a corrupt count from allocating gigabytes. */
    static final int MAX_SIGNALS = 8192;
    private static final int[] SIGNAL_FIELD_WIDTHS = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};
    private static final String[] SIGNAL_FIELD_NAMES = {"label", "transducer type", "physical dimension",
        "physical minimum", "physical maximum", "digital minimum", "digital maximum", "prefiltering",
        "samples per record", "signal reserved"};

    private final Path file;
    private final ByteBuffer bytes;
    private final long fileSize;
    private final List<String> warnings;

    EdfHeaderParser(Path file, ByteBuffer bytes, long fileSize, List<String> warnings) {
        this.file = file;
        this.bytes = bytes;
        this.fileSize = fileSize;
        this.warnings = warnings;
    }

    EdfHeader parse() throws InvalidRecordingException {
        if (fileSize < FIXED) {
            throw error("header", 0, "truncated header: the file has " + fileSize
                    + " bytes, an EDF/BDF header needs at least " + FIXED);
        }
        boolean bdf = (bytes.get(0) & 0xFF) == 0xFF;
        String version = bdf ? "\u00ff" + text(1, 7) : text(0, 8);
        if (bdf) {
            if (!text(1, 7).equals("BIOSEMI")) {
                throw error("version", 0, "byte 0 is 0xFF (BDF) but bytes 1-7 are '" + text(1, 7)
                        + "', not 'BIOSEMI'");
            }
        } else if (!version.trim().equals("0")) {
            String shown = printable(0, 8);
            if (shown.startsWith("GDF")) {
                throw error("version", 0, "GDF files are not supported yet (version '" + shown + "')");
            }
            throw error("version", 0, "not an EDF or BDF file: the version field is '" + shown
                    + "', expected '0' (EDF) or 0xFF'BIOSEMI' (BDF)");
        }
        String patient = text(8, 80).trim();
        String recording = text(88, 80).trim();
        LocalDateTime start = startDateTime(recording);
        int declaredHeaderBytes = integer("number of bytes in header", 184, 8);
        String reserved = text(192, 44).trim();
        int declaredRecords = integer("number of data records", 236, 8);
        double recordDuration = number("duration of a data record", 244, 8);
        int ns = integer("number of signals", 252, 4);
        if (ns <= 0) throw error("number of signals", 252, "the file declares " + ns + " signals; at least 1 is needed");
        if (ns > MAX_SIGNALS) throw error("number of signals", 252, ns + " signals is beyond any real recording (limit " + MAX_SIGNALS + ")");
        long headerBytes = FIXED + 256L * ns;
        if (fileSize < headerBytes) {
            throw error("signal headers", FIXED, "truncated header: " + ns + " signals need a header of "
                    + headerBytes + " bytes, the file has " + fileSize);
        }
        if (declaredHeaderBytes != headerBytes) {
            warnings.add("header size field says " + declaredHeaderBytes + " bytes, but " + ns
                    + " signals make it " + headerBytes + "; using " + headerBytes);
        }
        if (recordDuration < 0 || Double.isNaN(recordDuration) || Double.isInfinite(recordDuration)) {
            throw error("duration of a data record", 244, "must be a non-negative number, found " + text(244, 8).trim());
        }
        List<EdfSignalHeader> signals = signalHeaders(ns, bdf);
        RecordingFormat format = format(bdf, reserved, signals);
        long recordBytes = 0;
        int bps = bdf ? 3 : 2;
        for (EdfSignalHeader s : signals) recordBytes += (long) s.samplesPerRecord() * bps;
        if (recordBytes == 0) throw error("samples per record", FIXED + 216L * ns, "every signal has 0 samples per record");
        if (recordBytes > Integer.MAX_VALUE) {
            throw error("samples per record", FIXED + 216L * ns, "a data record of " + recordBytes
                    + " bytes is beyond any real recording");
        }
        long available = (fileSize - headerBytes) / recordBytes;
        long trailing = (fileSize - headerBytes) % recordBytes;
        int records;
        if (declaredRecords == -1) {
            records = (int) Math.min(available, Integer.MAX_VALUE);
            warnings.add("record count is -1 (unknown, as written during acquisition); " + records
                    + " complete records found from the file size");
        } else if (declaredRecords < -1) {
            throw error("number of data records", 236, "negative record count " + declaredRecords);
        } else if (declaredRecords > available) {
            throw error("data records", headerBytes + available * recordBytes, "truncated data: the header declares "
                    + declaredRecords + " records of " + recordBytes + " bytes (" + (headerBytes + declaredRecords * recordBytes)
                    + " bytes in all) but the file has " + fileSize + " bytes (" + available + " complete records)");
        } else {
            records = declaredRecords;
            trailing = fileSize - headerBytes - (long) records * recordBytes;
        }
        if (trailing > 0) {
            warnings.add(trailing + " trailing byte(s) after the last data record ignored");
        }
        if (recordDuration == 0 && signals.stream().anyMatch(s -> !s.isAnnotation() && s.samplesPerRecord() > 0)) {
            throw error("duration of a data record", 244, "duration 0 leaves the sample rate of the ordinary signals undefined");
        }
        return new EdfHeader(format, version, patient, recording, start, (int) headerBytes, reserved, records,
                declaredRecords, recordDuration, signals, trailing);
    }

    private List<EdfSignalHeader> signalHeaders(int ns, boolean bdf) throws InvalidRecordingException {
        long[] fieldStart = new long[SIGNAL_FIELD_WIDTHS.length];
        long pos = FIXED;
        for (int f = 0; f < SIGNAL_FIELD_WIDTHS.length; f++) {
            fieldStart[f] = pos;
            pos += (long) SIGNAL_FIELD_WIDTHS[f] * ns;
        }
        int lo = bdf ? -8388608 : -32768;
        int hi = bdf ? 8388607 : 32767;
        List<EdfSignalHeader> list = new ArrayList<>(ns);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ns; i++) {
            String[] f = new String[SIGNAL_FIELD_WIDTHS.length];
            int[] at = new int[SIGNAL_FIELD_WIDTHS.length];
            for (int k = 0; k < f.length; k++) {
                at[k] = (int) (fieldStart[k] + (long) i * SIGNAL_FIELD_WIDTHS[k]);
                f[k] = text(at[k], SIGNAL_FIELD_WIDTHS[k]);
            }
            String label = f[0].trim();
            String who = "signal " + (i + 1) + " (" + label + ")";
            double pmin = number(SIGNAL_FIELD_NAMES[3] + " of " + who, at[3], 8);
            double pmax = number(SIGNAL_FIELD_NAMES[4] + " of " + who, at[4], 8);
            int dmin = integer(SIGNAL_FIELD_NAMES[5] + " of " + who, at[5], 8);
            int dmax = integer(SIGNAL_FIELD_NAMES[6] + " of " + who, at[6], 8);
            int spr = integer(SIGNAL_FIELD_NAMES[8] + " of " + who, at[8], 8);
            if (spr < 0) throw error(SIGNAL_FIELD_NAMES[8] + " of " + who, at[8], "negative sample count " + spr);
            EdfSignalHeader s = new EdfSignalHeader(label, f[1].trim(), f[2].trim(), pmin, pmax, dmin, dmax,
                    f[7].trim(), spr, f[9].trim());
            if (!s.isAnnotation()) {
                if (dmin < lo || dmax > hi) {
                    warnings.add(who + ": digital range " + dmin + ".." + dmax + " exceeds the "
                            + (bdf ? 24 : 16) + "-bit sample width; scaling uses the declared range");
                }
                if (dmin >= dmax) warnings.add(who + ": digital minimum " + dmin + " is not below maximum " + dmax);
                if (pmin > pmax) warnings.add(who + ": physical range is inverted (" + pmin + " > " + pmax + "); values keep that polarity");
                if (pmin == pmax) warnings.add(who + ": physical minimum equals maximum (" + pmin + "); the signal reads as constant");
                if (!seen.add(label)) warnings.add(who + ": duplicate label '" + label + "'");
            }
            list.add(s);
        }
        return List.copyOf(list);
    }

    private RecordingFormat format(boolean bdf, String reserved, List<EdfSignalHeader> signals) {
        String r = reserved.toUpperCase(Locale.ROOT);
        boolean hasAnnotations = signals.stream().anyMatch(EdfSignalHeader::isAnnotation);
        boolean plus = r.startsWith("EDF+") || r.startsWith("BDF+");
        boolean discontinuous = r.startsWith("EDF+D") || r.startsWith("BDF+D");
        if (plus && bdf && r.startsWith("EDF+")) {
            warnings.add("reserved field says '" + reserved + "' in a BDF file; read as BDF+" + (discontinuous ? "D" : "C"));
        } else if (plus && !bdf && r.startsWith("BDF+")) {
            warnings.add("reserved field says '" + reserved + "' in a 16-bit EDF file; read as EDF+" + (discontinuous ? "D" : "C"));
        } else if (!plus && hasAnnotations) {
            warnings.add("reserved field '" + reserved + "' says plain " + (bdf ? "BDF" : "EDF")
                    + " but an annotation signal is present; its annotations are read all the same");
        } else if (!plus && !r.isEmpty() && !(bdf && r.equals("24BIT"))) {
            warnings.add("reserved field holds '" + reserved + "' (should be empty for plain " + (bdf ? "BDF" : "EDF")
                    + "); read as plain " + (bdf ? "BDF" : "EDF"));
        }
        if (plus && !hasAnnotations) {
            warnings.add("reserved field says " + reserved + " but there is no annotation signal; read as continuous");
            discontinuous = false;
        }
        return RecordingFormat.of(bdf, plus, discontinuous);
    }

    private LocalDateTime startDateTime(String recording) {
        String d = text(168, 8).trim();
        String t = text(176, 8).trim();
        LocalDate date = LocalDate.of(1985, 1, 1);
        LocalTime time = LocalTime.MIDNIGHT;
        try {
            String[] p = d.split("[.:/\\-]");
            int yy = Integer.parseInt(p[2].trim());
            int year = yy >= 85 ? 1900 + yy : 2000 + yy;
            String[] rec = recording.split(" ");
            // EDF+ keeps the 4-digit year in the recording field; it is needed past 2084.
            if (rec.length > 1 && rec[0].equals("Startdate") && rec[1].length() == 11) {
                try {
                    int y4 = Integer.parseInt(rec[1].substring(7));
                    if (y4 % 100 == yy) year = y4;
                } catch (NumberFormatException ignored) {
                    // "X" or garbled: the 2-digit year stands
                }
            }
            date = LocalDate.of(year, Integer.parseInt(p[1].trim()), Integer.parseInt(p[0].trim()));
            if (!d.matches("\\d\\d\\.\\d\\d\\.\\d\\d")) warnings.add("start date '" + d + "' is not in dd.mm.yy form; read as " + date);
        } catch (RuntimeException e) {
            warnings.add("start date '" + d + "' (byte 168) cannot be read; using " + date);
        }
        try {
            String[] p = t.split("[.:]");
            time = LocalTime.of(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()));
            if (!t.matches("\\d\\d\\.\\d\\d\\.\\d\\d")) warnings.add("start time '" + t + "' is not in hh.mm.ss form; read as " + time);
        } catch (RuntimeException e) {
            warnings.add("start time '" + t + "' (byte 176) cannot be read; using " + time);
        }
        return LocalDateTime.of(date, time);
    }

    private int integer(String field, long offset, int width) throws InvalidRecordingException {
        String s = text((int) offset, width).trim();
        try {
            return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            // Some writers put "2048.0" into integer fields; accept an integral decimal.
            try {
                double v = Double.parseDouble(s);
                if (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE) {
                    warnings.add(field + " is written as '" + s + "' instead of an integer");
                    return (int) v;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw error(field, offset, "'" + printable((int) offset, width).trim() + "' is not an integer");
        }
    }

    private double number(String field, long offset, int width) throws InvalidRecordingException {
        String s = text((int) offset, width).trim();
        try {
            if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException();
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            if (s.matches("[+-]?\\d*,\\d+")) {
                warnings.add(field + " uses a decimal comma ('" + s + "')");
                return Double.parseDouble(s.replace(',', '.'));
            }
            throw error(field, offset, "'" + printable((int) offset, width).trim() + "' is not a number");
        }
    }

    /** Header text: ASCII by the spec; UTF-8 when it decodes as such, else Latin-1 so nothing fails. */
    private String text(int offset, int width) {
        byte[] b = new byte[width];
        bytes.get(offset, b);
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) return new String(b, StandardCharsets.US_ASCII);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    /** The field as a user can read it in an error message (control bytes shown as '?'). */
    private String printable(int offset, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width; i++) {
            int c = bytes.get(offset + i) & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return sb.toString();
    }

    private InvalidRecordingException error(String field, long offset, String problem) {
        return new InvalidRecordingException(file, field, offset, problem);
    }
}
