package io.braingobrrr.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Searching files byte by byte, as someone holding a copy of the database would: for secrets left in clear. */
public final class RawBytes {
    private RawBytes() {
    }

    /** Whether {@code needle} occurs in the raw bytes of any of {@code files} that exist (e.g. brrr.db and brrr.db-wal). */
    public static boolean occursIn(byte[] needle, Path... files) throws IOException {
        for (Path p : files) {
            if (!Files.exists(p)) continue;
            byte[] hay = Files.readAllBytes(p);
            outer:
            for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
                return true;
            }
        }
        return false;
    }
}
