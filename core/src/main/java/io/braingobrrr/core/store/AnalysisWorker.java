package io.braingobrrr.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * This process as the runner of analyses on one database file: a token stored with each analysis it creates and
 * an OS lock it holds until {@link #close()} or its death. Another process sharing the file (workstation and
 * {@code brrr serve}, or a batch) can so tell an abandoned analysis from one still running.
 */
public final class AnalysisWorker implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private final String token;
    private final WriterLock lock;

    private AnalysisWorker(String token, WriterLock lock) {
        this.token = token;
        this.lock = lock;
    }

    static AnalysisWorker start(Path dbFile) {
        String token = UUID.randomUUID().toString();
        WriterLock lock = WriterLock.tryAcquire(lockFile(dbFile, token));
        if (lock == null) throw new StoreException("analysis worker lock " + token + " is taken: cannot happen for a fresh token");
        return new AnalysisWorker(token, lock);
    }

    public String token() {
        return token;
    }

    /** True when no live process holds the worker's lock (it ended or died); its lock file is then removed. */
    static boolean isGone(Path dbFile, String token) {
        if (!TOKEN.matcher(token).matches()) return true;          // not written by this class: no lock to ask
        WriterLock l = WriterLock.tryAcquire(lockFile(dbFile, token));
        if (l == null) return false;
        l.releaseAndDelete();
        return true;
    }

    /** Removes the lock files of workers that are gone (a process that died with no unfinished analysis leaves one). */
    static void sweep(Path dbFile) {
        Path dir = dbFile.toAbsolutePath().getParent();
        String prefix = dbFile.getFileName() + ".analyses-";
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(".lock")) isGone(dbFile, n.substring(prefix.length(), n.length() - ".lock".length()));
            }
        } catch (IOException ignored) {
            // stale lock files are harmless; the next start tries again
        }
    }

    static Path lockFile(Path dbFile, String token) {
        return dbFile.resolveSibling(dbFile.getFileName() + ".analyses-" + token + ".lock");
    }

    @Override
    public void close() {
        lock.releaseAndDelete();
    }
}
