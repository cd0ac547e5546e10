package io.braingobrrr.core.secrets;

import io.braingobrrr.core.store.Database;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Seals the secrets the database keeps (AES-256-GCM with the installation's {@link DataKey}, which is
 * never in the database). A sealed value is text: {@code enc:v1:<key id>:<base64 of nonce, ciphertext, tag>}.
 * The associated data is the value's place ({@link SecretColumn} and its row's key), so a ciphertext moved
 * to another row or column fails its tag like a tampered one. See docs/notes/secrets-at-rest.md.
 */
public final class SecretBox {
    static final String PREFIX = "enc:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey key;
    private final SecretKeySpec spec;

    SecretBox(DataKey key) {
        this.key = key;
        this.spec = new SecretKeySpec(key.bytes(), "AES");
    }

    /**
     * The box of {@code db}'s key, ready to use: the key file is read (or made, only while the database
     * holds no sealed value), checked against the values already sealed, and any plaintext secret left by
     * an older version is sealed in place (see {@link PlaintextSecrets}).
     */
    public static SecretBox forDatabase(Database db) {
        Path file = DataKeyFile.locate(db.file());
        String sealedWith = PlaintextSecrets.sealedKeyId(db);
        DataKey key;
        if (DataKeyFile.present(file)) {
            key = DataKeyFile.load(file);
        } else if (sealedWith != null) {
            // A new key could never open the existing values: refuse rather than strand them.
            throw new SecretException(db.file() + " holds secrets encrypted with data key " + sealedWith + ", but its key file "
                    + file + " is missing. Restore that file (or point " + DataKeyFile.ENV + " at it); no new key is made.");
        } else {
            key = DataKeyFile.create(file);
        }
        if (sealedWith != null && !sealedWith.equals(key.id())) {
            throw new SecretException(db.file() + " holds secrets encrypted with data key " + sealedWith + ", but " + file
                    + " holds data key " + key.id() + ": this is not the database's key file");
        }
        SecretBox box = new SecretBox(key);
        PlaintextSecrets.sealInPlace(db, box);
        return box;
    }

    /** {@link #forDatabase} on first use, then the same box: services touch the key only when they need a secret. */
    public static Supplier<SecretBox> lazy(Database db) {
        return new Supplier<>() {
            private volatile SecretBox box;

            @Override
            public SecretBox get() {
                SecretBox b = box;
                if (b == null) {
                    synchronized (this) {
                        if (box == null) box = forDatabase(db);
                        b = box;
                    }
                }
                return b;
            }
        };
    }

    public DataKey key() {
        return key;
    }

    /** Whether a stored value is sealed (by any version), as opposed to a plaintext secret. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith("enc:");
    }

    /** Seals {@code plain} for the row of {@code column} whose key columns hold {@code rowKey} (in their order). */
    public String seal(SecretColumn column, byte[] plain, Object... rowKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, spec, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associatedData(column, List.of(rowKey)));
            byte[] sealed = c.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    public String sealText(SecretColumn column, String plain, Object... rowKey) {
        return plain == null ? null : seal(column, plain.getBytes(StandardCharsets.UTF_8), rowKey);
    }

    /** Opens a value sealed for this row; a {@link SecretException} naming the row when it is anything else. */
    public byte[] open(SecretColumn column, String stored, Object... rowKey) {
        List<Object> where = List.of(rowKey);
        if (!isSealed(stored)) {
            throw new SecretException(column.describe(where) + " holds an unencrypted value; reopen the database with"
                    + " this version so that it encrypts it, or set the secret again");
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4 || !PREFIX.equals(parts[0] + ":" + parts[1] + ":")) {
            throw new SecretException(column.describe(where) + " is sealed in a format this version does not know ("
                    + stored.substring(0, Math.min(stored.length(), 7)) + "...)");
        }
        if (!parts[2].equals(key.id())) {
            throw new SecretException(column.describe(where) + " was encrypted with data key " + parts[2] + ", but "
                    + key.file() + " holds data key " + key.id());
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new SecretException(column.describe(where) + " is damaged (its ciphertext is not base64)", e);
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretException(column.describe(where) + " is damaged (ciphertext of " + all.length + " bytes is too short)");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, spec, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            c.updateAAD(associatedData(column, where));
            return c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SecretException(column.describe(where) + " fails its integrity check: it was altered or moved from"
                    + " another row; refusing to use it", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    public String openText(SecretColumn column, String stored, Object... rowKey) {
        return stored == null ? null : new String(open(column, stored, rowKey), StandardCharsets.UTF_8);
    }

    /** Version, table, column and each key value, length-prefixed so no two places share an encoding. */
    private static byte[] associatedData(SecretColumn column, List<?> rowKey) {
        if (rowKey.size() != column.keyColumns().size()) {
            throw new IllegalArgumentException(column + " rows are keyed by " + column.keyColumns() + ", not " + rowKey.size() + " values");
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String part : concat(List.of("brrr-secret-v1", column.table(), column.column()), rowKey)) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            b.write(bytes.length >>> 24);
            b.write(bytes.length >>> 16);
            b.write(bytes.length >>> 8);
            b.write(bytes.length);
            b.writeBytes(bytes);
        }
        return b.toByteArray();
    }

    private static List<String> concat(List<String> head, List<?> tail) {
        List<String> all = new java.util.ArrayList<>(head);
        for (Object o : tail) all.add(String.valueOf(o));
        return all;
    }
}
