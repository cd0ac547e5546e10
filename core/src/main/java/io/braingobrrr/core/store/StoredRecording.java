package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalKind;
import io.braingobrrr.core.recording.SignalSource;

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
public final class StoredRecording implements SignalSource {
    private final Database db;
    private final long id;
    private final Connection c;
    private final ChunkReader chunks;
    private RecordingFormat format;
    private LocalDateTime startTime;
    private int recordCount;
    private double recordDuration;
    private Long patientId;
    private String sourceFile;
    private RecordingStatus status;
    private String patientIdentification;
    private String recordingIdentification;
    private List<SignalInfo> signals;
    private double[] onsets;          // null when continuous
    private List<Gap> gaps;
    private List<Annotation> annotations;
    private List<String> warnings;

    private StoredRecording(Database db, long id, Connection c) throws SQLException {
        this.db = db;
        this.id = id;
        this.c = c;
        c.setAutoCommit(false);      // header, onsets and annotations from one snapshot...
        loadRecording();
        loadSignals();
        loadOnsets();
        loadAnnotations();
        c.setAutoCommit(true);       // ...then none: an open recording must not hold the WAL back
        this.chunks = new ChunkReader(c, id);
    }

    static StoredRecording open(Database db, long id) {
        Connection c = null;
        try {
            c = db.connect();
            return new StoredRecording(db, id, c);
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
        return patientId;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public RecordingStatus status() {
        return status;
    }

    public String patientIdentification() {
        return patientIdentification;
    }

    public String recordingIdentification() {
        return recordingIdentification;
    }

    @Override
    public RecordingFormat format() {
        return format;
    }

    @Override
    public LocalDateTime startTime() {
        return startTime;
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    @Override
    public List<Annotation> annotations() {
        return annotations;
    }

    @Override
    public List<Gap> gaps() {
        return gaps;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public int recordCount() {
        return recordCount;
    }

    @Override
    public double recordDurationSeconds() {
        return recordDuration;
    }

    @Override
    public double recordOnsetSeconds(int record) {
        if (record < 0 || record >= recordCount) {
            throw new IndexOutOfBoundsException("record " + record + " of " + recordCount);
        }
        return onsets == null ? record * recordDuration : onsets[record];
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
        double gain = signals.get(signal).gain();
        double base = signals.get(signal).offset();
        for (int i = 0; i < count; i++) dst[offset + i] = digital[i] * gain + base;
    }

    @Override
    public synchronized void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
        int[] digital = digitalScratch(signal, firstSample, count);
        double gain = signals.get(signal).gain();
        double base = signals.get(signal).offset();
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

    private void checkRange(int signal, long firstSample, int count) {
        if (signal < 0 || signal >= signals.size()) {
            throw new IndexOutOfBoundsException("recording " + id + " has no signal " + signal
                    + " (it has " + signals.size() + ")");
        }
        long total = sampleCount(signal);
        if (firstSample < 0 || count < 0 || firstSample + count > total) {
            throw new IndexOutOfBoundsException("recording " + id + ", signal " + signal + ": samples " + firstSample
                    + ".." + (firstSample + count) + " are outside 0.." + total);
        }
    }

    private void loadRecording() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT format, start_time, record_count, record_duration_s,"
                + " patient_id, source_file, status, patient_identification, recording_identification, deleted_at,"
                + " source_warnings"
                + " FROM recordings WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("there is no recording " + id);
                if (rs.getString(10) != null) throw new StoreException("recording " + id + " was deleted");
                format = RecordingStore.formatOf(rs.getString(1));
                startTime = LocalDateTime.parse(rs.getString(2));
                recordCount = rs.getInt(3);
                recordDuration = rs.getDouble(4);
                long patient = rs.getLong(5);
                patientId = rs.wasNull() ? null : patient;
                sourceFile = rs.getString(6);
                status = RecordingStatus.fromDb(rs.getString(7));
                patientIdentification = rs.getString(8);
                recordingIdentification = rs.getString(9);
                String w = rs.getString(11);
                warnings = w == null ? List.of() : List.of(w.split("\n"));
            }
        }
    }

    private void loadSignals() throws SQLException {
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
        signals = List.copyOf(out);
    }

    private void loadOnsets() throws SQLException {
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
        onsets = n == 0 ? null : read;
        // Same rule as the EDF reader: in a discontinuous recording, a space between records above the
        // rounding noise of decimal TAL onsets is a gap. (Annotation-only EDF+C files have onsets, no gaps.)
        List<Gap> found = new ArrayList<>();
        double tolerance = Math.max(1e-6, recordDuration * 1e-6);
        for (int r = 0; onsets != null && format.isDiscontinuous() && r + 1 < recordCount; r++) {
            double end = onsets[r] + recordDuration;
            if (onsets[r + 1] - end > tolerance) found.add(new Gap(end, onsets[r + 1] - end));
        }
        gaps = List.copyOf(found);
    }

    private void loadAnnotations() throws SQLException {
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
        annotations = List.copyOf(out);
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
