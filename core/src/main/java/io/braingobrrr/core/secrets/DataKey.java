package io.braingobrrr.core.secrets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The installation's 256-bit data-encryption key and the file it came from. Its {@link #id()} (the first
 * 4 bytes of a SHA-256 over it, in hex) is written into every ciphertext, so that a wrong key file is told
 * apart from a tampered value; it reveals nothing usable about the key.
 */
public final class DataKey {
    public static final int LENGTH = 32;
    private final byte[] bytes;
    private final String id;
    private final Path file;

    DataKey(byte[] bytes, Path file) {
        if (bytes.length != LENGTH) {
            throw new SecretException(file + ": the data key is " + bytes.length + " bytes; AES-256 needs " + LENGTH);
        }
        this.bytes = bytes.clone();
        this.file = file;
        this.id = idOf(this.bytes);
    }

    byte[] bytes() {
        return bytes;
    }

    public String id() {
        return id;
    }

    public Path file() {
        return file;
    }

    private static String idOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("brrr data key id\0".getBytes(StandardCharsets.US_ASCII));
            byte[] h = sha.digest(key);
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
