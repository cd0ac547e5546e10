package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of the annotations table, one at a time (imports write theirs in bulk in {@link RecordingImport}). */
public final class AnnotationStore {
    private static final String COLUMNS = "SELECT id, recording_id, onset_s, duration_s, text, source, created_by FROM annotations";

    private final Database db;

    public AnnotationStore(Database db) {
        this.db = db;
    }

    /** A recording's annotations by onset (ties by id, so the order is stable). */
    public List<StoredAnnotation> list(long recordingId) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE recording_id = ? ORDER BY onset_s, id")) {
            ps.setLong(1, recordingId);
            List<StoredAnnotation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read the annotations of recording " + recordingId, e);
        }
    }

    public Optional<StoredAnnotation> find(long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read annotation " + id, e);
        }
    }

    public StoredAnnotation add(long recordingId, Annotation a, String source, Long createdBy) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO annotations (recording_id, onset_s, duration_s, text, source, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, recordingId);
            bind(ps, a, 2);
            ps.setString(5, source);
            if (createdBy == null) ps.setNull(6, Types.INTEGER);
            else ps.setLong(6, createdBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new StoredAnnotation(rs.getLong(1), recordingId, a, source, createdBy);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "store the annotation '" + a.text() + "'", e);
        }
    }

    /** Replaces onset, duration and text; false when there is no such row. */
    public boolean update(long id, Annotation a) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE annotations SET onset_s = ?, duration_s = ?, text = ? WHERE id = ?")) {
            bind(ps, a, 1);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "change annotation " + id, e);
        }
    }

    public boolean delete(long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "delete annotation " + id, e);
        }
    }

    private static void bind(PreparedStatement ps, Annotation a, int first) throws SQLException {
        ps.setDouble(first, a.onsetSeconds());
        if (a.hasDuration()) ps.setDouble(first + 1, a.durationSeconds());
        else ps.setNull(first + 1, Types.REAL);
        ps.setString(first + 2, a.text());
    }

    private static StoredAnnotation row(ResultSet rs) throws SQLException {
        double duration = rs.getDouble(4);
        boolean noDuration = rs.wasNull();
        long by = rs.getLong(7);
        Long createdBy = rs.wasNull() ? null : by;
        return new StoredAnnotation(rs.getLong(1), rs.getLong(2),
                new Annotation(rs.getDouble(3), noDuration ? Double.NaN : duration, rs.getString(5)), rs.getString(6), createdBy);
    }
}
