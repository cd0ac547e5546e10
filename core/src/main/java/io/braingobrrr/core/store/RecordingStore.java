package io.braingobrrr.core.store;

import io.braingobrrr.core.outbox.Outbox;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.service.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                Outbox.record(c, "recording.finalised", "recording:" + id, "{\"recording_id\":" + id + ",\"origin\":\"import\"}");
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

    private static final String SUMMARY = "SELECT r.id, r.patient_id, r.source_file, r.format, r.start_time, r.duration_s,"
            + " r.status, r.created_at, (SELECT count(*) FROM recording_signals s WHERE s.recording_id = r.id),"
            + " r.source_sha256 FROM recordings r WHERE r.deleted_at IS NULL";

    /** Recordings not deleted, newest first. */
    public List<RecordingSummary> list() {
        return query(SUMMARY + " ORDER BY r.created_at DESC, r.id DESC", List.of(), "list recordings");
    }

    /** One page of the recordings matching {@code filter}, newest first. */
    public Page<RecordingSummary> page(RecordingFilter filter, int page, int size) {
        long offset = Page.offsetOf(page, size);
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (filter.patientId() != null) {
            where.append(" AND r.patient_id = ?");
            args.add(filter.patientId());
        }
        if (filter.format() != null) {
            where.append(" AND r.format = ?");
            args.add(filter.format().label());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = ?");
            args.add(filter.status().dbValue());
        }
        if (filter.startedFrom() != null) {
            where.append(" AND r.start_time >= ?");
            args.add(filter.startedFrom().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        if (filter.startedBefore() != null) {
            where.append(" AND r.start_time < ?");
            args.add(filter.startedBefore().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        // The total rides along with the rows (a window count): one query per page instead of two. Only a
        // page past the end, which has no row to carry it, counts separately.
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(offset);
        long[] total = {-1};
        List<RecordingSummary> items = query(SUMMARY.replace(" FROM recordings r", ", count(*) OVER () FROM recordings r") + where
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?", pageArgs, "list recordings", total);
        if (total[0] < 0) total[0] = count(where.toString(), args);
        return new Page<>(items, total[0], page, size);
    }

    /** The recording's summary unless it does not exist or is deleted. */
    public Optional<RecordingSummary> find(long id) {
        List<RecordingSummary> one = query(SUMMARY + " AND r.id = ?", List.of(id), "look up recording " + id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    private long count(String where, List<Object> args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM recordings r WHERE r.deleted_at IS NULL" + where)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "count recordings", e);
        }
    }

    private List<RecordingSummary> query(String sql, List<Object> args, String what) {
        return query(sql, args, what, null);
    }

    /** @param total when not null, receives column 11 (a window count) of the first row */
    private List<RecordingSummary> query(String sql, List<Object> args, String what, long[] total) {
        List<RecordingSummary> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (total != null && out.isEmpty()) total[0] = rs.getLong(11);
                    long patient = rs.getLong(2);
                    Long patientId = rs.wasNull() ? null : patient;
                    out.add(new RecordingSummary(rs.getLong(1), patientId, rs.getString(3), formatOf(rs.getString(4)),
                            StoredTimes.localDateTime(rs.getString(5)), rs.getDouble(6), rs.getInt(9),
                            RecordingStatus.fromDb(rs.getString(7)), StoredTimes.instant(rs.getString(8)), rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), what, e);
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
