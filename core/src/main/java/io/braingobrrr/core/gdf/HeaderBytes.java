package io.braingobrrr.core.gdf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A piece of header read into memory, addressed by absolute file offsets. */
final class HeaderBytes {
    final ByteBuffer bytes;
    private final long base;

    HeaderBytes(ByteBuffer littleEndian, long base) {
        this.bytes = littleEndian;
        this.base = base;
    }

    int at(long fileOffset) {
        return (int) (fileOffset - base);
    }

    /**
     * A text field: GDF pads with NUL (older writers with spaces), so the text ends at the first NUL.
     * UTF-8 when it decodes as such, else Latin-1 (sample.gdf's patient "H\xf6fler"), so nothing fails.
     */
    String text(long fileOffset, int width) {
        byte[] b = new byte[width];
        bytes.get(at(fileOffset), b);
        int n = 0;
        while (n < width && b[n] != 0) n++;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n)).toString().trim();
        } catch (CharacterCodingException e) {
            return new String(b, 0, n, StandardCharsets.ISO_8859_1).trim();
        }
    }

    /** The field as a user can read it in an error message (control bytes shown as '?'). */
    String printable(long fileOffset, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width; i++) {
            int c = bytes.get(at(fileOffset) + i) & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return sb.toString();
    }
}
