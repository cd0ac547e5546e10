package io.braingobrrr.core.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Where the data key lives and how it is read and made (ADR 0018). Default: beside the database file,
 * {@code brrr.db.key} for {@code brrr.db}, so every database (including {@code --db} ones) has its own key and
 * a copy of the .db alone (a backup, a file sent to support) holds no key. {@value #PROPERTY} or
 * {@value #ENV} point elsewhere, e.g. at a mounted secret on a server.
 * <p>
 * The file holds the key in base64 on one line (what {@code head -c 32 /dev/urandom | base64} writes).
 */
public final class DataKeyFile {
    /** JVM property naming the key file; wins over {@link #ENV}. */
    public static final String PROPERTY = "brrr.key";
    /** Environment variable naming the key file. */
    public static final String ENV = "BRRR_KEY_FILE";
    /** A key file is one short line; anything bigger is some other file. */
    private static final int MAX_FILE_BYTES = 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DataKeyFile() {
    }

    /** The key file of the database {@code dbFile} in this process (property, then environment, then beside it). */
    public static Path locate(Path dbFile) {
        return locate(dbFile, System.getProperty(PROPERTY), System.getenv());
    }

    static Path locate(Path dbFile, String property, Map<String, String> env) {
        if (property != null && !property.isBlank()) return Path.of(property.strip()).toAbsolutePath().normalize();
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        Path db = dbFile.toAbsolutePath().normalize();
        return db.resolveSibling(db.getFileName() + ".key");
    }

    /** Whether something (even something unreadable) is at {@code file}. */
    static boolean present(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Reads the key; a clear {@link SecretException} naming the file for every way it can be wrong. */
    static DataKey load(Path file) {
        byte[] raw;
        try {
            if (Files.isDirectory(file)) throw new SecretException(file + ": the data key file is a folder, not a file");
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new SecretException(file + ": not a data key file (" + Files.size(file) + " bytes; a key file is one line of base64)");
            }
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SecretException(file + ": the data key file is missing", e);
        } catch (IOException e) {
            throw new SecretException(file + ": cannot read the data key file (" + reason(e) + ")", e);
        }
        String text = new String(raw, StandardCharsets.US_ASCII).strip();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SecretException(file + ": the data key file does not hold base64 text (" + e.getMessage() + ")", e);
        }
        return new DataKey(key, file);
    }

    /**
     * Makes a new random key at {@code file}, readable by its owner only. When another process made one
     * first, that one is returned: the file is written under a temporary name and then linked into place,
     * which fails instead of replacing an existing key.
     */
    static DataKey create(Path file) {
        byte[] key = new byte[DataKey.LENGTH];
        RANDOM.nextBytes(key);
        Path tmp = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            tmp = ownerOnlyTempFile(file);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap((Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException raced) {
                return load(file);
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                // File systems without hard links (FAT, some network shares): a move, which refuses an existing target.
                try {
                    Files.move(tmp, file);
                    tmp = null;
                } catch (FileAlreadyExistsException raced) {
                    return load(file);
                }
            }
            return new DataKey(key, file);
        } catch (IOException e) {
            throw new SecretException(file + ": cannot create the data key file (" + reason(e) + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stale *.tmp beside the key is harmless and obviously named
                }
            }
        }
    }

    /**
     * POSIX: created 0600. Windows (no POSIX view): the ACL is cut down to one entry, the owner; a folder
     * under %APPDATA% already admits only the user, SYSTEM and Administrators, so this removes inherited entries.
     */
    private static Path ownerOnlyTempFile(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        AclFileAttributeView acl = Files.getFileAttributeView(tmp, AclFileAttributeView.class);
        if (acl != null) {
            AclEntry owner = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
            acl.setAcl(List.of(owner));
        }
        return tmp;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
