package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.InvalidRecordingException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses and validates a GDF 1.x or 2.x/3.x header. The fixed header is 256 bytes; the variable header
 * stores each field for all channels in turn (all labels, then all transducers, ...) like EDF, but in
 * binary little-endian. Offsets are in docs/notes/gdf-format.md, each checked against real files.
 */
final class GdfHeaderParser {
    static final int FIXED = 256;
    /** From version 1.90 on the file uses the GDF 2 layout (binary start date, header length in blocks, unit codes). */
    static final double VERSION_2_LAYOUT = 1.90;
    private static final int MAX_SIGNALS = 65535;

    private final Path file;
    private final FileChannel channel;
    private final long fileSize;
    private final List<String> warnings;
    private HeaderBytes fixed;

    GdfHeaderParser(Path file, FileChannel channel, List<String> warnings) throws IOException {
        this.file = file;
        this.channel = channel;
        this.fileSize = channel.size();
        this.warnings = warnings;
    }

    GdfHeader parse() throws IOException {
        if (fileSize < FIXED) {
            throw error("header", 0, "truncated header: the file has " + fileSize + " bytes, a GDF header needs at least " + FIXED);
        }
        fixed = new HeaderBytes(read(0, FIXED), 0);
        String version = fixed.text(0, 8);
        double number = versionNumber(version);
        boolean v1 = number < VERSION_2_LAYOUT;
        String patient = fixed.text(8, v1 ? 80 : 66);
        String recording = fixed.text(88, v1 ? 80 : 64);
        LocalDateTime start = v1 ? GdfStartTime.fromText(fixed.text(168, 16), warnings)
                : GdfStartTime.fromDays(fixed.bytes.getLong(168), warnings);
        long headerBytes = v1 ? fixed.bytes.getLong(184) : (fixed.bytes.getShort(184) & 0xFFFF) * 256L;
        long declaredRecords = fixed.bytes.getLong(236);
        long numerator = fixed.bytes.getInt(244) & 0xFFFF_FFFFL;
        long denominator = fixed.bytes.getInt(248) & 0xFFFF_FFFFL;
        long ns = v1 ? fixed.bytes.getInt(252) & 0xFFFF_FFFFL : fixed.bytes.getShort(252) & 0xFFFF;

        if (ns == 0) throw error("number of signals", 252, "the file declares 0 channels; at least 1 is needed");
        if (ns > MAX_SIGNALS) throw error("number of signals", 252, ns + " channels is beyond any real recording (limit " + MAX_SIGNALS + ")");
        long needed = FIXED * (ns + 1);
        if (fileSize < needed) {
            throw error("signal headers", FIXED, "truncated header: " + ns + " channels need a header of " + needed
                    + " bytes, the file has " + fileSize);
        }
        if (headerBytes < needed) {
            throw error("header length", 184, "declares " + headerBytes + " bytes, but " + ns + " channels need at least " + needed);
        }
        if (headerBytes > fileSize) {
            throw error("header length", 184, "declares " + headerBytes + " bytes, beyond the end of the file (" + fileSize + " bytes)");
        }
        if (denominator == 0) throw error("record duration denominator", 248, "is 0; the record duration is undefined");
        if (numerator == 0) throw error("record duration numerator", 244, "is 0; a record of no duration leaves the sample rates undefined");

        List<GdfSignalHeader> signals = new GdfSignalHeaderParser(this, v1, (int) ns,
                new HeaderBytes(read(FIXED, (int) (needed - FIXED)), FIXED)).parse();
        long recordBytes = 0;
        for (GdfSignalHeader s : signals) recordBytes += s.bytesPerRecord();
        long sprColumn = GdfSignalHeaderParser.columnOffset(v1, "samples per record", (int) ns);
        if (recordBytes == 0) throw error("samples per record", sprColumn, "every channel has 0 samples per record");
        if (recordBytes > Integer.MAX_VALUE) {
            throw error("samples per record", sprColumn, "a data record of " + recordBytes + " bytes is beyond any real recording");
        }
        int records = recordCount(declaredRecords, headerBytes, recordBytes);
        Set<String> seen = new HashSet<>();
        for (GdfSignalHeader s : signals) {
            if (!seen.add(s.label())) warnings.add("duplicate channel label '" + s.label() + "'");
        }
        return new GdfHeader(version.trim(), number, patient, recording, start, headerBytes, records, declaredRecords,
                numerator, denominator, signals, (int) recordBytes, headerBytes + records * recordBytes);
    }

    private double versionNumber(String version) throws InvalidRecordingException {
        if (!version.startsWith("GDF")) {
            throw error("version", 0, "not a GDF file: the version field is '" + fixed.printable(0, 8) + "'");
        }
        double number;
        try {
            number = Double.parseDouble(version.substring(3).trim());
        } catch (NumberFormatException e) {
            throw error("version", 0, "'" + fixed.printable(0, 8) + "' carries no readable GDF version number");
        }
        if (!(number >= 1 && number < 4)) {
            throw error("version", 0, "GDF version " + number + " is not supported (1.x, 2.x and 3.x are)");
        }
        return number;
    }

    private int recordCount(long declared, long headerBytes, long recordBytes) throws InvalidRecordingException {
        long available = (fileSize - headerBytes) / recordBytes;
        if (declared == -1) {
            if (available > Integer.MAX_VALUE) throw error("number of data records", 236, available + " records are beyond what we read");
            warnings.add("record count is -1 (unknown, as written during acquisition); " + available
                    + " complete records found from the file size; an event table cannot be located");
            return (int) available;
        }
        if (declared < -1) throw error("number of data records", 236, "negative record count " + declared);
        if (declared > available) {
            throw error("data records", headerBytes + available * recordBytes, "truncated data: the header declares "
                    + declared + " records of " + recordBytes + " bytes but the file has room for " + available
                    + " complete records (" + fileSize + " bytes in all)");
        }
        return (int) declared;
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining() && channel.read(b, position + b.position()) >= 0) {
            // fill the buffer; the size was checked, so the loop ends
        }
        return b.clear();
    }

    InvalidRecordingException error(String field, long offset, String problem) {
        return new InvalidRecordingException(file, field, offset, problem);
    }

    List<String> warnings() {
        return warnings;
    }
}
