package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording in the database, read like a file: header and annotations are loaded on open, samples
 * are fetched per request from the chunks that overlap it. Holds one connection until closed; reads
 * are synchronized because a JDBC statement must not be shared between threads.
 */
public final class StoredRecording extends AbstractSignalSource {
    private final Database db;
    private final long id;
    private final Connection c;
    private final ChunkReader chunks;
    private final Row row;

    /** What the recordings table holds beyond the description every source has. */
    private record Row(Long patientId, String sourceFile, RecordingStatus status) {
    }

    private StoredRecording(Database db, long id, Connection c, RecordingInfo info, Row row) throws SQLException {
        super(info);
        this.db = db;
        this.id = id;
        this.c = c;
        this.row = row;
        this.chunks = new ChunkReader(c, id);
    }

    static StoredRecording open(Database db, long id) {
        Connection c = null;
        try {
            c = db.connect();
            c.setAutoCommit(false);      // header, onsets and annotations from one snapshot...
            Loader load = new Loader(c, id);
            RecordingInfo info = load.info();
            c.setAutoCommit(true);       // ...then none: an open recording must not hold the WAL back
            return new StoredRecording(db, id, c, info, load.row);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            if (e instanceof RuntimeException) throw (RuntimeException) e;
            throw SqlErrors.translate(db.file(), "open recording " + id, (SQLException) e);
        }
    }

    public long id() {
        return id;
    }

    /** Null when no patient is assigned. */
    public Long patientId() {
        return row.patientId();
    }

    public String sourceFile() {
        return row.sourceFile();
    }

    public RecordingStatus status() {
        return row.status();
    }

    @Override
    public synchronized void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
        checkRange(signal, firstSample, count);
        try {
            chunks.read(signal, firstSample, dst, offset, count);
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read recording " + id, e);
        }
    }

    // Physical = digital x gain + offset, the same expression as the file readers, so values match bit for bit.
    @Override
    public synchronized void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
        int[] digital = digitalScratch(signal, firstSample, count);
        double gain = signals().get(signal).gain();
        double base = signals().get(signal).offset();
        for (int i = 0; i < count; i++) dst[offset + i] = digital[i] * gain + base;
    }

    @Override
    public synchronized void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        int[] digital = digitalScratch(signal, firstSample, count);
        double gain = signals().get(signal).gain();
        double base = signals().get(signal).offset();
        for (int i = 0; i < count; i++) dst[offset + i] = (float) (digital[i] * gain + base);
    }

    /** The digital samples in a reused buffer (valid until the next read). */
    private int[] digitalScratch(int signal, long firstSample, int count) {
        int[] digital = chunks.scratch(count);
        readDigital(signal, firstSample, digital, 0, count);
        return digital;
    }

    @Override
    public synchronized void close() {
        closeQuietly(c, null);
    }

    /** Reads one recording's description from the database, inside the caller's transaction. */
    private static final class Loader {
        private final Connection c;
        private final long id;
        private Row row;

        Loader(Connection c, long id) {
            this.c = c;
            this.id = id;
        }

        RecordingInfo info() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT format, start_time, record_count, record_duration_s,"
                    + " patient_id, source_file, status, patient_identification, recording_identification, deleted_at,"
                    + " source_warnings FROM recordings WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new StoreException("there is no recording " + id);
                    if (rs.getString(10) != null) throw new StoreException("recording " + id + " was deleted");
                    RecordingFormat format = RecordingStore.formatOf(rs.getString(1));
                    LocalDateTime start = LocalDateTime.parse(rs.getString(2));
                    int records = rs.getInt(3);
                    double duration = rs.getDouble(4);
                    long patient = rs.getLong(5);
                    row = new Row(rs.wasNull() ? null : patient, rs.getString(6), RecordingStatus.fromDb(rs.getString(7)));
                    String w = rs.getString(11);
                    double[] onsets = onsets(records);
                    // Same rule as the EDF reader: gaps only in a discontinuous recording (annotation-only
                    // EDF+C files stamp each record with its own time and have none).
                    List<Gap> gaps = onsets != null && format.isDiscontinuous() ? Gap.between(onsets, duration) : List.of();
                    return new RecordingInfo(format, start, signals(), annotations(), gaps,
                            w == null ? List.of() : List.of(w.split("\n")), records, duration, onsets,
                            rs.getString(8), rs.getString(9));
                }
            }
        }

        private List<SignalInfo> signals() throws SQLException {
            List<SignalInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT label, kind, electrode, transducer, physical_dimension,"
                    + " physical_min, physical_max, digital_min, digital_max, prefilter, samples_per_record, sample_rate_hz"
                    + " FROM recording_signals WHERE recording_id = ? ORDER BY signal_index")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SignalInfo(rs.getString(1), SignalKind.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getInt(8),
                                rs.getInt(9), rs.getString(10), rs.getInt(11), rs.getDouble(12)));
                    }
                }
            }
            return out;
        }

        /** Stored onsets, or null when none are stored (continuous: record k at k x duration). */
        private double[] onsets(int recordCount) throws SQLException {
            double[] read = new double[recordCount];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT record_index, onset_s FROM recording_records WHERE recording_id = ? ORDER BY record_index")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(1) != n || n >= recordCount) {
                            throw new StoreException("recording " + id + ": record onsets are incomplete in the database");
                        }
                        read[n++] = rs.getDouble(2);
                    }
                }
            }
            if (n > 0 && n != recordCount) {
                throw new StoreException("recording " + id + ": " + n + " record onsets stored for " + recordCount + " records");
            }
            return n == 0 ? null : read;
        }

        private List<Annotation> annotations() throws SQLException {
            List<Annotation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT onset_s, duration_s, text FROM annotations"
                    + " WHERE recording_id = ? ORDER BY onset_s, id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double onset = rs.getDouble(1);
                        double duration = rs.getDouble(2);
                        boolean noDuration = rs.wasNull();
                        out.add(new Annotation(onset, noDuration ? Double.NaN : duration, rs.getString(3)));
                    }
                }
            }
            return out;
        }
    }

    private static void closeQuietly(Connection c, Throwable cause) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            if (cause != null) cause.addSuppressed(e);
        }
    }
}
