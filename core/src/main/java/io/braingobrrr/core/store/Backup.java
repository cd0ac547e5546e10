package io.braingobrrr.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Online backup while the workstation keeps writing. {@code VACUUM INTO} copies the database as one
 * read transaction sees it, so the copy is consistent (every transaction committed before it started,
 * none after) and writers are not blocked (WAL). It also compacts the copy. The file is written under a
 * temporary name, flushed to disk and only then renamed, so OUT is either complete or absent.
 */
public final class Backup {
    private final Database db;

    public Backup(Database db) {
        this.db = db;
    }

    /** Writes a consistent copy to {@code out}, which must not exist; returns its size in bytes. */
    public long backup(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) throw new StoreException(target + ": already exists; a backup never overwrites a file");
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            // VACUUM INTO accepts an existing file only when it is empty, which a fresh temp file is.
            partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);        // VACUUM INTO does not sync the copy itself
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            return Files.size(target);
        } catch (SQLException e) {
            throw new StoreException(target + ": backup of " + db.file() + " failed: " + SqlErrors.reason(e), e);
        } catch (IOException e) {
            throw new StoreException(target + ": backup of " + db.file() + " failed: " + e, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale *.partial file is harmless and obviously named
        }
    }
}
