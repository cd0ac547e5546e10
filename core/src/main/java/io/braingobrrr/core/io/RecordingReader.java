package io.braingobrrr.core.io;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.gdf.GdfReader;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.SignalSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens any recording file we read, choosing the reader by the file's first bytes rather than its name:
 * exported files are often misnamed, and a GDF renamed to .edf must not be parsed as EDF.
 */
public final class RecordingReader {
    private static final int MAGIC = 8;
    private static final byte[] GDF = "GDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BDF = {(byte) 0xFF, 'B', 'I', 'O', 'S', 'E', 'M', 'I'};

    private RecordingReader() {
    }

    public static SignalSource open(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "no such file");
        if (Files.isDirectory(file)) throw new InvalidRecordingException(file, null, -1, "is a directory, not a recording");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC);
        }
        if (head.length == 0) {
            throw new InvalidRecordingException(file, "header", 0, "truncated header: the file is empty (0 bytes)");
        }
        // A short file that starts like a known format goes to that reader, which reports what is missing.
        if (startsWith(head, GDF)) return GdfReader.open(file);
        if (startsWith(head, BDF) || isEdfVersion(head)) return EdfReader.open(file);
        throw new InvalidRecordingException(file, "version", 0, "not an EDF, BDF or GDF file: it starts with '"
                + printable(head) + "', expected '0' (EDF), 0xFF'BIOSEMI' (BDF) or 'GDF' (GDF)");
    }

    /** Like {@code startsWith}, but a file shorter than the magic matches when what it has agrees. */
    private static boolean startsWith(byte[] head, byte[] magic) {
        int n = Math.min(head.length, magic.length);
        return Arrays.equals(head, 0, n, magic, 0, n);
    }

    /** EDF's version field is "0" padded with spaces; the EDF reader also takes other padding that trims away. */
    private static boolean isEdfVersion(byte[] head) {
        if (head[0] != '0') return false;
        for (int i = 1; i < head.length; i++) {
            if ((head[i] & 0xFF) > ' ') return false;
        }
        return true;
    }

    private static String printable(byte[] head) {
        StringBuilder sb = new StringBuilder();
        for (byte x : head) {
            int c = x & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return sb.toString();
    }
}
