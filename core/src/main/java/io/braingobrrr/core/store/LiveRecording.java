package io.braingobrrr.core.store;

import io.braingobrrr.core.outbox.Outbox;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A recording being written while it is acquired: whole data records are appended in small committed
 * transactions, so whatever was appended survives a crash of the program (and, with synchronous=FULL on
 * this connection, a power cut). The row says 'recording' until {@link #finish()}; a writer that dies
 * leaves it so, and {@link #recoverInterrupted(Database)} marks it 'recovered' on the next start.
 *
 * <p>Records start continuous (EDF+C/BDF+C, no onset rows). The first append whose onset is not where the
 * previous record ended (a reconnect, a pause) back-fills the onsets of the earlier records and turns the
 * recording into EDF+D/BDF+D, which {@link StoredRecording} and the EDF writer keep as gaps.
 *
 * <p>Not thread-safe: one acquisition thread appends; markers from other threads go through the same
 * object, so every public method is synchronized.
 */
public final class LiveRecording implements AutoCloseable {
    private static final double ONSET_TOLERANCE_S = 1e-6;

    private final Database db;
    private final Connection c;
    private final long id;
    private final List<SignalInfo> signals;
    private final double recordDuration;
    private final boolean bdf;
    private final WriterLock lock;
    private int recordCount;
    private double nextOnset;          // where the next record starts when the recording stays continuous
    private boolean discontinuous;
    private final long[] samplesWritten;
    /** Samples per signal since the last consolidated chunk, kept to merge the small commits (see {@link #consolidate}). */
    private final int[][] tail;
    private final int[] tailLength;
    private final long[] tailStart;
    private final int[] targetSamples;
    private boolean finished;

    private LiveRecording(Database db, Connection c, long id, LiveRecordingSpec spec, WriterLock lock) {
        this.db = db;
        this.c = c;
        this.id = id;
        this.signals = spec.signals();
        this.recordDuration = spec.recordDurationSeconds();
        this.bdf = spec.bdf();
        this.lock = lock;
        this.samplesWritten = new long[signals.size()];
        int recordsPerBigChunk = RecordingImport.recordsPerChunk(signals);
        this.tail = new int[signals.size()][];
        this.targetSamples = new int[signals.size()];
        for (int i = 0; i < signals.size(); i++) {
            targetSamples[i] = recordsPerBigChunk * signals.get(i).samplesPerRecord();
            tail[i] = new int[targetSamples[i] * 2];
        }
        this.tailLength = new int[signals.size()];
        this.tailStart = new long[signals.size()];
    }

    /** Creates the recording row (status 'recording') and its signals, committed before this returns. */
    public static LiveRecording create(Database db, LiveRecordingSpec spec) {
        Connection c = null;
        WriterLock lock = null;
        try {
            c = db.connect();
            try (Statement s = c.createStatement()) {
                // Every commit reaches the disk before the next second of signal is acquired.
                s.execute("PRAGMA synchronous=FULL");
                if (spec.storageLimitBytes() > 0) {
                    long pageSize = 4096;
                    try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                        if (rs.next()) pageSize = rs.getLong(1);
                    }
                    s.execute("PRAGMA max_page_count=" + Math.max(1, spec.storageLimitBytes() / pageSize));
                }
            }
            c.setAutoCommit(false);
            long id = insertRecording(c, spec);
            RecordingImport.insertSignals(c, id, spec.signals());
            // The lock is taken before the row becomes visible: recovery never sees a live row unlocked.
            lock = WriterLock.acquire(db.file(), id);
            c.commit();
            return new LiveRecording(db, c, id, spec, lock);
        } catch (SQLException e) {
            if (lock != null) lock.releaseAndDelete();
            closeQuietly(c);
            throw SqlErrors.translate(db.file(), "start a recording", e);
        } catch (RuntimeException e) {
            if (lock != null) lock.releaseAndDelete();
            closeQuietly(c);
            throw e;
        }
    }

    public long id() {
        return id;
    }

    public synchronized int recordCount() {
        return recordCount;
    }

    public synchronized boolean isDiscontinuous() {
        return discontinuous;
    }

    public double recordDurationSeconds() {
        return recordDuration;
    }

    /**
     * Appends {@code records} whole data records starting at {@code onsetSeconds} and commits them.
     * {@code digital[s]} holds {@code records x samplesPerRecord(s)} samples of signal s from {@code offset[s]}.
     *
     * @throws StoreException when the database cannot take them (disk full, I/O error); what was committed
     *                        before stays readable
     */
    public synchronized void append(int[][] digital, int records, double onsetSeconds) {
        if (finished) throw new IllegalStateException("recording " + id + " is already finished");
        if (records <= 0) return;
        if (digital.length != signals.size()) {
            throw new IllegalArgumentException(digital.length + " signals given, the recording has " + signals.size());
        }
        if (onsetSeconds < nextOnset - ONSET_TOLERANCE_S) {
            throw new IllegalArgumentException("record onset " + onsetSeconds + " s overlaps the previous record (ends "
                    + nextOnset + " s)");
        }
        int[] oldLength = tailLength.clone();
        long[] oldStart = tailStart.clone();
        try {
            boolean gap = onsetSeconds - nextOnset > ONSET_TOLERANCE_S;
            if (gap && !discontinuous) backfillOnsets();
            if (discontinuous) insertOnsets(onsetSeconds, records);
            insertChunks(digital, records);
            consolidate(digital, records);
            double end = (discontinuous ? onsetSeconds : nextOnset) + records * recordDuration;
            updateHeader(recordCount + records, end);
            c.commit();
            recordCount += records;
            nextOnset = end;
            for (int s = 0; s < signals.size(); s++) samplesWritten[s] += (long) records * signals.get(s).samplesPerRecord();
        } catch (SQLException e) {
            rollbackQuietly();
            System.arraycopy(oldLength, 0, tailLength, 0, oldLength.length);
            System.arraycopy(oldStart, 0, tailStart, 0, oldStart.length);
            throw SqlErrors.translate(db.file(), "store the recorded signal", e);
        }
    }

    /** Where the next record starts if no gap comes before it (seconds from the start). */
    public synchronized double endSeconds() {
        return nextOnset;
    }

    /** Stores a marker at once (committed), with source 'user'. */
    public synchronized void addAnnotation(Annotation a) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO annotations (recording_id, onset_s, duration_s, text, source) VALUES (?, ?, ?, ?, 'user')")) {
            ps.setLong(1, id);
            ps.setDouble(2, a.onsetSeconds());
            if (a.hasDuration()) ps.setDouble(3, a.durationSeconds());
            else ps.setNull(3, Types.REAL);
            ps.setString(4, a.text());
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlErrors.translate(db.file(), "store the marker '" + a.text() + "'", e);
        }
    }

    /** Marks the recording complete; appending afterwards is an error. */
    public synchronized void finish() {
        if (finished) return;
        try {
            for (int s = 0; s < signals.size(); s++) mergeTail(s);      // the last small chunks, same transaction
            // The event commits with the status change below: it exists exactly when the recording is complete.
            Outbox.record(c, "recording.finalised", "recording:" + id,
                    "{\"recording_id\":" + id + ",\"origin\":\"acquisition\"}");
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlErrors.translate(db.file(), "finish recording " + id, e);
        }
        setStatus(c, id, RecordingStatus.COMPLETE);
        finished = true;
    }

    /** Releases the connection and the writer lock; an unfinished recording stays 'recording' until recovered. */
    @Override
    public synchronized void close() {
        closeQuietly(c);
        if (finished) lock.releaseAndDelete();
        else lock.release();
    }

    /**
     * Marks every 'recording' row whose writer is gone (its lock is free: the process died) as 'recovered' and
     * raises its {@code recording.finalised} event (origin "recovery") in the same transaction.
     * Recordings still being written by a live process are left alone. Returns the recovered ids.
     */
    public static List<Long> recoverInterrupted(Database db) {
        List<Long> recovered = new ArrayList<>();
        try (Connection c = db.connect()) {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM recordings WHERE status = 'recording'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) candidates.add(rs.getLong(1));
            }
            for (long id : candidates) {
                WriterLock lock = WriterLock.tryAcquire(db.file(), id);
                if (lock == null) continue;            // its writer is alive
                try {
                    // Recovered data is as final as a finished recording: subscribers must hear of it, atomically.
                    c.setAutoCommit(false);
                    Outbox.record(c, "recording.finalised", "recording:" + id,
                            "{\"recording_id\":" + id + ",\"origin\":\"recovery\"}");
                    setStatus(c, id, RecordingStatus.RECOVERED);
                    c.setAutoCommit(true);
                    recovered.add(id);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    c.setAutoCommit(true);
                    throw e;
                } finally {
                    lock.releaseAndDelete();
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "recover interrupted recordings", e);
        }
        return recovered;
    }

    private static void setStatus(Connection c, long id, RecordingStatus status) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE recordings SET status = ? WHERE id = ?")) {
            ps.setString(1, status.dbValue());
            ps.setLong(2, id);
            ps.executeUpdate();
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot mark recording " + id + " " + status.dbValue() + ": " + SqlErrors.reason(e), e);
        }
    }

    private void backfillOnsets() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recording_records (recording_id, record_index, onset_s) VALUES (?, ?, ?)")) {
            for (int r = 0; r < recordCount; r++) {
                ps.setLong(1, id);
                ps.setInt(2, r);
                ps.setDouble(3, r * recordDuration);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE recordings SET format = ? WHERE id = ?")) {
            ps.setString(1, RecordingFormat.of(bdf, true, true).label());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        discontinuous = true;
    }

    private void insertOnsets(double onset, int records) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recording_records (recording_id, record_index, onset_s) VALUES (?, ?, ?)")) {
            for (int r = 0; r < records; r++) {
                ps.setLong(1, id);
                ps.setInt(2, recordCount + r);
                ps.setDouble(3, onset + r * recordDuration);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertChunks(int[][] digital, int records) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signal_chunks (recording_id, signal_index,"
                + " first_sample, sample_count, bytes_per_sample, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < signals.size(); s++) {
                int n = records * signals.get(s).samplesPerRecord();
                if (digital[s].length < n) {
                    throw new IllegalArgumentException("signal " + s + ": " + digital[s].length + " samples for " + n);
                }
                bindChunk(ps, s, samplesWritten[s], digital[s], n);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds one signal_chunks row: int16 for EDF, the narrowest of int16/int32 for BDF. */
    private void bindChunk(PreparedStatement ps, int signal, long first, int[] values, int n) throws SQLException {
        int width = bdf ? ChunkCodec.widthFor(values, 0, n) : 2;
        ps.setLong(1, id);
        ps.setInt(2, signal);
        ps.setLong(3, first);
        ps.setInt(4, n);
        ps.setInt(5, width);
        ps.setBytes(6, ChunkCodec.encode(values, 0, n, width));
    }

    /**
     * Commits every 250 ms make chunks of a quarter second: 64 channels would add ~900k rows an hour and a
     * 10 s page would touch 40 chunks per signal. Whenever a signal has gathered the import's chunk size
     * (~4096 samples of whole records) at the end of an append, its small chunks are replaced by one big chunk in the same
     * transaction as the append, so a crash finds either the small chunks or the big one, never neither.
     */
    private void consolidate(int[][] digital, int records) throws SQLException {
        for (int s = 0; s < signals.size(); s++) {
            int n = records * signals.get(s).samplesPerRecord();
            if (tailLength[s] + n > tail[s].length) tail[s] = Arrays.copyOf(tail[s], Math.max(tail[s].length * 2, tailLength[s] + n));
            System.arraycopy(digital[s], 0, tail[s], tailLength[s], n);
            tailLength[s] += n;
            if (tailLength[s] >= targetSamples[s]) mergeTail(s);
        }
    }

    /** Replaces the small chunks of signal s's tail by one chunk (inside the caller's transaction). */
    private void mergeTail(int s) throws SQLException {
        int len = tailLength[s];
        if (len == 0) return;
        try (PreparedStatement del = c.prepareStatement("DELETE FROM signal_chunks WHERE recording_id = ? AND signal_index = ?"
                + " AND first_sample >= ? AND first_sample < ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO signal_chunks (recording_id, signal_index,"
                     + " first_sample, sample_count, bytes_per_sample, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            del.setLong(1, id);
            del.setInt(2, s);
            del.setLong(3, tailStart[s]);
            del.setLong(4, tailStart[s] + len);
            del.executeUpdate();
            bindChunk(ins, s, tailStart[s], tail[s], len);
            ins.executeUpdate();
        }
        tailStart[s] += len;
        tailLength[s] = 0;
    }

    private void updateHeader(int records, double duration) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE recordings SET record_count = ?, duration_s = ? WHERE id = ?")) {
            ps.setInt(1, records);
            ps.setDouble(2, duration);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static long insertRecording(Connection c, LiveRecordingSpec spec) throws SQLException {
        String sql = "INSERT INTO recordings (patient_id, source_file, format, start_time, record_count,"
                + " record_duration_s, duration_s, status, patient_identification, recording_identification)"
                + " VALUES (?, NULL, ?, ?, 0, ?, 0, 'recording', ?, ?) RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (spec.patientId() == null) ps.setNull(1, Types.INTEGER);
            else ps.setLong(1, spec.patientId());
            ps.setString(2, RecordingFormat.of(spec.bdf(), true, false).label());
            ps.setString(3, spec.startTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            ps.setDouble(4, spec.recordDurationSeconds());
            ps.setString(5, spec.patientIdentification());
            ps.setString(6, spec.recordingIdentification());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if (spec.patientId() != null && String.valueOf(e.getMessage()).contains("FOREIGN KEY")) {
                throw new StoreException("there is no patient with id " + spec.patientId(), e);
            }
            throw e;
        }
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next append reports it
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to save
        }
    }

    /** Lock files live beside the database so a copy of the folder carries them along. */
    static Path lockFile(Path dbFile, long id) {
        return dbFile.resolveSibling(dbFile.getFileName() + ".live-" + id + ".lock");
    }
}
