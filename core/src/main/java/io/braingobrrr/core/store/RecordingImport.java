package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Writes one recording's rows on a connection whose transaction the caller owns (see
 * {@link RecordingStore#importRecording}), so a failure anywhere leaves nothing behind.
 */
final class RecordingImport {
    /**
     * Samples of the fastest signal per chunk. Chunks hold whole data records, so with the usual 1 s
     * records at 256 Hz a chunk is 16 records = 16 s = 8 KB of int16. A 10 s page then touches at most
     * two chunks per signal, while 8 h x 32 channels stay at ~58k rows (a small primary-key index and
     * little per-row overhead). Much smaller chunks multiply rows and queries per page; much larger ones
     * make every page read and decode data it does not show.
     */
    static final int TARGET_CHUNK_SAMPLES = 4096;

    /** Share of the progress bar for writing chunks; the commit (which checkpoints the WAL) takes the rest. */
    private static final double WRITE_SHARE = 0.95;

    private final Connection c;
    private final SignalSource src;

    RecordingImport(Connection c, SignalSource src) {
        this.c = c;
        this.src = src;
    }

    /** Inserts everything and returns the new recording's id; the caller commits. */
    long run(ImportInfo info, DoubleConsumer progress) throws SQLException {
        long id = insertRecording(info);
        insertSignals(c, id, src.signals());
        if (!onsetsFollowFromDuration()) insertRecordOnsets(id);
        insertAnnotations(id, src.annotations());
        insertChunks(id, progress);
        return id;
    }

    /**
     * Whether record k starts at exactly k x duration (what {@link StoredRecording} assumes without rows).
     * Not just "not EDF+D": an annotation-only EDF+C (duration 0) stamps every record with its own time.
     */
    private boolean onsetsFollowFromDuration() {
        double duration = src.recordDurationSeconds();
        for (int r = 0; r < src.recordCount(); r++) {
            if (src.recordOnsetSeconds(r) != r * duration) return false;
        }
        return true;
    }

    static int recordsPerChunk(List<SignalInfo> signals) {
        int maxSpr = 1;
        for (SignalInfo s : signals) maxSpr = Math.max(maxSpr, s.samplesPerRecord());
        return Math.max(1, TARGET_CHUNK_SAMPLES / maxSpr);
    }

    // The recording row is written first: it takes the write lock at once (waiting up to the busy
    // timeout), so no read-then-write upgrade can fail with SQLITE_BUSY later in the transaction.
    private long insertRecording(ImportInfo info) throws SQLException {
        String sql = "INSERT INTO recordings (patient_id, source_file, source_sha256, format, start_time, record_count,"
                + " record_duration_s, duration_s, status, patient_identification, recording_identification, source_warnings)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (info.patientId() == null) ps.setNull(1, Types.INTEGER);
            else ps.setLong(1, info.patientId());
            ps.setString(2, info.sourceFile());
            ps.setString(3, info.sourceSha256());
            ps.setString(4, src.format().label());
            // Not toString(): it drops ":00" seconds, and start_time should sort and compare as text.
            ps.setString(5, src.startTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            ps.setInt(6, src.recordCount());
            ps.setDouble(7, src.recordDurationSeconds());
            ps.setDouble(8, src.durationSeconds());
            ps.setString(9, info.status().dbValue());
            ps.setString(10, info.patientIdentification());
            ps.setString(11, info.recordingIdentification());
            ps.setString(12, src.warnings().isEmpty() ? null : String.join("\n", src.warnings()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if (info.patientId() != null && e.getMessage() != null && e.getMessage().contains("FOREIGN KEY")) {
                throw new StoreException("there is no patient with id " + info.patientId(), e);
            }
            throw e;
        }
    }

    /** The recording_signals rows of recording {@code id} (shared with {@link LiveRecording}). */
    static void insertSignals(Connection c, long id, List<SignalInfo> signals) throws SQLException {
        String sql = "INSERT INTO recording_signals (recording_id, signal_index, label, kind, electrode, transducer,"
                + " physical_dimension, physical_min, physical_max, digital_min, digital_max, prefilter,"
                + " samples_per_record, sample_rate_hz) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < signals.size(); i++) {
                SignalInfo s = signals.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, s.label());
                ps.setString(4, s.kind().name());
                ps.setString(5, s.electrode());
                ps.setString(6, s.transducer());
                ps.setString(7, s.physicalDimension());
                ps.setDouble(8, s.physicalMin());
                ps.setDouble(9, s.physicalMax());
                ps.setInt(10, s.digitalMin());
                ps.setInt(11, s.digitalMax());
                ps.setString(12, s.prefilter());
                ps.setInt(13, s.samplesPerRecord());
                ps.setDouble(14, s.sampleRateHz());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertRecordOnsets(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recording_records (recording_id, record_index, onset_s) VALUES (?, ?, ?)")) {
            for (int r = 0; r < src.recordCount(); r++) {
                ps.setLong(1, id);
                ps.setInt(2, r);
                ps.setDouble(3, src.recordOnsetSeconds(r));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertAnnotations(long id, List<Annotation> annotations) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO annotations (recording_id, onset_s, duration_s, text, source) VALUES (?, ?, ?, ?, 'file')")) {
            for (Annotation a : annotations) {
                ps.setLong(1, id);
                ps.setDouble(2, a.onsetSeconds());
                if (a.hasDuration()) ps.setDouble(3, a.durationSeconds());
                else ps.setNull(3, Types.REAL);
                ps.setString(4, a.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Walks the recording in groups of whole records, all signals of a group together (one pass over a file). */
    private void insertChunks(long id, DoubleConsumer progress) throws SQLException {
        List<SignalInfo> signals = src.signals();
        int records = src.recordCount();
        int perChunk = recordsPerChunk(signals);
        int maxSpr = 0;
        for (SignalInfo s : signals) maxSpr = Math.max(maxSpr, s.samplesPerRecord());
        int[] buffer = new int[maxSpr * perChunk];
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signal_chunks (recording_id, signal_index,"
                + " first_sample, sample_count, bytes_per_sample, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int first = 0; first < records; first += perChunk) {
                if (Thread.currentThread().isInterrupted()) throw new StoreException("the import was cancelled");
                int count = Math.min(perChunk, records - first);
                for (int s = 0; s < signals.size(); s++) {
                    int spr = signals.get(s).samplesPerRecord();
                    int n = count * spr;
                    src.readDigital(s, (long) first * spr, buffer, 0, n);
                    int width = ChunkCodec.widthFor(buffer, 0, n);
                    ps.setLong(1, id);
                    ps.setInt(2, s);
                    ps.setLong(3, (long) first * spr);
                    ps.setInt(4, n);
                    ps.setInt(5, width);
                    ps.setBytes(6, ChunkCodec.encode(buffer, 0, n, width));
                    ps.addBatch();
                }
                ps.executeBatch();
                progress.accept(WRITE_SHARE * (first + count) / records);
            }
        }
    }
}
