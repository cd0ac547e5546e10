package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/** Recordings in the database: import from any {@link SignalSource}, list, open for reading, soft delete. */
public final class RecordingStore {
    private final Database db;

    public RecordingStore(Database db) {
        this.db = db;
    }

    /** Copies {@code src} (digital samples, headers, record onsets, annotations) in one transaction. */
    public long importRecording(SignalSource src, ImportInfo info) {
        return importRecording(src, info, fraction -> { });
    }

    /**
     * As {@link #importRecording(SignalSource, ImportInfo)}, reporting the fraction done (0..1) after each
     * chunk group. Interrupting the calling thread cancels the import. Whatever fails (the source, the
     * disk, a cancel), the transaction rolls back: no row of a partial import ever becomes visible.
     */
    public long importRecording(SignalSource src, ImportInfo info, DoubleConsumer progress) {
        String what = "import " + (info.sourceFile() == null ? "the recording" : info.sourceFile());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                long id = new RecordingImport(c, src).run(info, progress);
                c.commit();
                progress.accept(1.0);
                return id;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), what, e);
        }
    }

    /** Recordings not deleted, newest first. */
    public List<RecordingSummary> list() {
        String sql = "SELECT r.id, r.patient_id, r.source_file, r.format, r.start_time, r.duration_s, r.status,"
                + " r.created_at, (SELECT count(*) FROM recording_signals s WHERE s.recording_id = r.id)"
                + " FROM recordings r WHERE r.deleted_at IS NULL ORDER BY r.created_at DESC, r.id DESC";
        List<RecordingSummary> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long patient = rs.getLong(2);
                Long patientId = rs.wasNull() ? null : patient;
                out.add(new RecordingSummary(rs.getLong(1), patientId, rs.getString(3), formatOf(rs.getString(4)),
                        LocalDateTime.parse(rs.getString(5)), rs.getDouble(6), rs.getInt(9),
                        RecordingStatus.fromDb(rs.getString(7)), Instant.parse(rs.getString(8))));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "list recordings", e);
        }
        return out;
    }

    /** Opens a stored recording for reading; close it when done (it holds a connection). */
    public StoredRecording open(long id) {
        return StoredRecording.open(db, id);
    }

    /** Hides a recording from lists and {@link #open}; its data stay in the database. Repeating it is harmless. */
    public void softDelete(long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE recordings SET deleted_at = coalesce(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                        + " WHERE id = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) throw new StoreException("there is no recording " + id);
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "delete recording " + id, e);
        }
    }

    static RecordingFormat formatOf(String label) {
        for (RecordingFormat f : RecordingFormat.values()) {
            if (f.label().equals(label)) return f;
        }
        throw new StoreException("unknown recording format '" + label + "' in the database");
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
