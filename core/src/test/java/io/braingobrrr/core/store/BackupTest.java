package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupTest {
    private static final List<SignalInfo> SIGNALS = RecordingStoreTest.mixedRates();
    private static final int RECORDS = 40;

    @TempDir
    Path dir;

    private static SyntheticSource source() {
        return SyntheticSource.continuous(RecordingFormat.EDF, SIGNALS, RECORDS);
    }

    @Test
    void copyDuringAnOpenImportHoldsOnlyCommittedRecordings() throws Exception {
        Database db = Database.open(dir.resolve("live.db"));
        RecordingStore store = new RecordingStore(db);
        long committed = store.importRecording(source(), ImportInfo.of("committed.edf"));

        CountDownLatch midImport = new CountDownLatch(1);
        CountDownLatch backupDone = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        SyntheticSource slow = source().onRead(() -> {
            if (reads.incrementAndGet() == 5) {          // two chunk groups already inserted, not committed
                midImport.countDown();
                await(backupDone);
            }
        });
        AtomicReference<Long> inFlight = new AtomicReference<>();
        Thread writer = new Thread(() -> inFlight.set(store.importRecording(slow, ImportInfo.of("in-flight.edf"))));
        writer.start();
        assertTrue(midImport.await(30, TimeUnit.SECONDS));

        Path copy = dir.resolve("backups/copy.db");
        long size = new Backup(db).backup(copy);   // must not wait for the writer, which waits for us
        backupDone.countDown();
        writer.join(30_000);

        assertEquals(Files.size(copy), size);
        // Checked before opening the copy: an open database keeps its -wal and -shm files (pooled connections).
        assertEquals(List.of(copy.getFileName()), listFolder(copy.getParent()), "no temporary file is left behind");
        Database restored = Database.open(copy);
        assertEquals(List.of("ok"), DatabaseTest.query(restored, "PRAGMA integrity_check"));
        assertEquals(List.of(committed), ids(new RecordingStore(restored)));
        assertEquals(List.of("0"), DatabaseTest.query(restored, "SELECT count(*) FROM signal_chunks WHERE recording_id <> " + committed));
        assertEquals(List.of(inFlight.get(), committed), ids(store), "the live database got both");
        assertExact(restored, committed);
    }

    @Test
    void copyWhileAnotherThreadKeepsImportingHasEveryCommittedRecording() throws Exception {
        Database db = Database.open(dir.resolve("live.db"));
        RecordingStore store = new RecordingStore(db);
        List<Long> committed = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                while (!stop.get()) committed.add(store.importRecording(source(), ImportInfo.of("loop.edf")));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        while (committed.size() < 5 && writer.isAlive()) Thread.sleep(5);
        List<Long> before = new ArrayList<>(committed);

        Path copy = dir.resolve("copy.db");
        new Backup(db).backup(copy);
        int duringOrAfter = committed.size();
        stop.set(true);
        writer.join(60_000);
        assertEquals(null, failure.get(), "the writer never failed because of the backup");

        Database restored = Database.open(copy);
        assertEquals(List.of("ok"), DatabaseTest.query(restored, "PRAGMA integrity_check"));
        List<Long> inCopy = ids(new RecordingStore(restored));
        assertTrue(inCopy.containsAll(before), "copy " + inCopy + " lacks some of " + before);
        assertTrue(inCopy.size() <= duringOrAfter, "nothing committed after the backup returned");
        for (long id : inCopy) assertExact(restored, id);      // no recording is half there
    }

    @Test
    void existingTargetIsNeverOverwritten() throws Exception {
        Database db = Database.open(dir.resolve("live.db"));
        Path target = dir.resolve("precious.db");
        Files.writeString(target, "keep me");
        StoreException e = assertThrows(StoreException.class, () -> new Backup(db).backup(target));
        assertEquals(target + ": already exists; a backup never overwrites a file", e.getMessage());
        assertEquals("keep me", Files.readString(target));
    }

    private static List<Long> ids(RecordingStore store) {
        return store.list().stream().map(RecordingSummary::id).toList();
    }

    private static void assertExact(Database db, long id) {
        try (StoredRecording rec = new RecordingStore(db).open(id)) {
            RecordingAssertions.assertSameRecording(source(), rec);
        }
    }

    private static List<Path> listFolder(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(Path::getFileName).toList();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertFalse(!latch.await(30, TimeUnit.SECONDS), "backup did not finish while the import was open");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
