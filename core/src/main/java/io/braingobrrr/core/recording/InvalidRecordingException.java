package io.braingobrrr.core.recording;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A recording that cannot be read. The message names the file, the header field and the byte offset
 * so a technician can tell a truncated copy from a wrong file type.
 */
public class InvalidRecordingException extends IOException {
    private final transient Path file;
    private final String field;
    private final long byteOffset;

    public InvalidRecordingException(Path file, String field, long byteOffset, String problem) {
        super(compose(file, field, byteOffset, problem));
        this.file = file;
        this.field = field;
        this.byteOffset = byteOffset;
    }

    private static String compose(Path file, String field, long byteOffset, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "recording" : file.getFileName().toString());
        if (field != null) sb.append(": field '").append(field).append('\'');
        if (byteOffset >= 0) sb.append(" at byte ").append(byteOffset);
        sb.append(": ").append(problem);
        return sb.toString();
    }

    public Path file() {
        return file;
    }

    /** Header field that failed, or null when the problem is not one field. */
    public String field() {
        return field;
    }

    /** Byte offset in the file, or -1 when unknown. */
    public long byteOffset() {
        return byteOffset;
    }
}
