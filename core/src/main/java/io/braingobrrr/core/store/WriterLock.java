package io.braingobrrr.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock held by the process writing a live recording (or running analyses). The operating system releases it when
 * the process dies, however it dies (kill -9 included), which is exactly the "is the writer still alive?"
 * question recovery asks; a timestamp heartbeat would need a guess at how old is too old.
 */
final class WriterLock {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(Path dbFile, long id) {
        WriterLock l = tryAcquire(dbFile, id);
        if (l == null) throw new StoreException("recording " + id + " is already being written by another program");
        return l;
    }

    /** The lock, or null when another live process (or this one) holds it. */
    static WriterLock tryAcquire(Path dbFile, long id) {
        return tryAcquire(LiveRecording.lockFile(dbFile, id));
    }

    /** The lock on {@code file}, or null when another live process (or this one) holds it. */
    static WriterLock tryAcquire(Path file) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                return null;
            }
            return new WriterLock(file, ch, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            return null;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException(file + ": cannot create the lock file (" + e.getMessage() + ")", e);
        }
    }

    void release() {
        try {
            if (lock.isValid()) lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
    }

    void releaseAndDelete() {
        release();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale lock file is harmless: the next recovery finds it unlocked
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing to save
        }
    }
}
