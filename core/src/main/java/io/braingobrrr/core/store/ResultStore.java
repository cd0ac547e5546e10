package io.braingobrrr.core.store;

import io.braingobrrr.core.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses of stored recordings and their results, in V1's {@code analyses} and {@code results} tables.
 * Payloads are JSON text (the caller serialises; core has no JSON library at run time), each result with
 * the algorithm and version that produced it. A V3 migration was not needed: the V1 tables fit.
 */
public final class ResultStore {
    public static final Set<String> STATUSES = Set.of("queued", "running", "completed", "failed", "cancelled");

    /** One row of {@code analyses}. */
    public record Analysis(long id, long recordingId, String type, String status, int priority, double progress,
                           String stage, String parameters, String error) {
    }

    /** An analysis row with its times (ISO-8601 UTC text; started/finished null until then), for job lists. */
    public record Listed(Analysis analysis, String createdAt, String startedAt, String finishedAt) {
    }

    /** One row of {@code results} (JSON payloads only). */
    public record Result(long id, long analysisId, String kind, String algorithm, String algorithmVersion, String payload) {
    }

    private final Database db;

    public ResultStore(Database db) {
        this.db = db;
    }

    /** A queued analysis of a stored recording; {@code parametersJson} may be null. Higher priority runs first. */
    public long createAnalysis(long recordingId, String type, int priority, String parametersJson) {
        return createAnalysis(recordingId, type, priority, parametersJson, null);
    }

    /** As above, run by {@code worker} (see {@link #startWorker()}); null when no live process will run it. */
    public long createAnalysis(long recordingId, String type, int priority, String parametersJson, AnalysisWorker worker) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO analyses (recording_id, type, priority, parameters, worker) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, recordingId);
            ps.setString(2, type);
            ps.setInt(3, priority);
            ps.setString(4, parametersJson);
            ps.setString(5, worker == null ? null : worker.token());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("FOREIGN KEY")) throw new StoreException("no recording " + recordingId + " to analyse", e);
            if (m.contains("json_valid")) throw new StoreException("analysis parameters are not valid JSON", e);
            throw SqlErrors.translate(db.file(), "create an analysis of recording " + recordingId, e);
        }
    }

    /** Status, progress (0..1) and stage; started_at is set on the first "running", finished_at on an end state. */
    public void update(long analysisId, String status, double progress, String stage, String error) {
        String s = status.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(s)) throw new StoreException("unknown analysis status '" + status + "' " + STATUSES);
        if (!(progress >= 0 && progress <= 1)) throw new StoreException("progress must be 0..1, not " + progress);
        boolean end = s.equals("completed") || s.equals("failed") || s.equals("cancelled");
        String now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE analyses SET status = ?, progress = ?, stage = ?, error = ?, "
                            + "started_at = CASE WHEN started_at IS NULL AND ? = 'running' THEN " + now + " ELSE started_at END, "
                            + "finished_at = CASE WHEN ? THEN " + now + " ELSE finished_at END WHERE id = ?"
                            + " RETURNING recording_id, type")) {
                ps.setString(1, s);
                ps.setDouble(2, progress);
                ps.setString(3, stage);
                ps.setString(4, error);
                ps.setString(5, s);
                ps.setBoolean(6, end);
                ps.setLong(7, analysisId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new StoreException("no analysis " + analysisId);
                    // Same transaction as the status: the event exists exactly when the analysis is completed.
                    if (s.equals("completed")) {
                        Outbox.record(c, "analysis.completed", "analysis:" + analysisId, "{\"analysis_id\":" + analysisId
                                + ",\"recording_id\":" + rs.getLong(1) + ",\"type\":\"" + jsonSafe(rs.getString(2)) + "\"}");
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "update analysis " + analysisId, e);
        }
    }

    /** Analysis types are short words (quick, standard...); anything else is dropped rather than break the JSON. */
    private static String jsonSafe(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9_.-]", "");
    }

    public long addResult(long analysisId, String kind, String algorithm, String algorithmVersion, String payloadJson) {
        if (payloadJson == null) throw new StoreException("a result needs a payload");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO results (analysis_id, kind, algorithm, algorithm_version, payload) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, analysisId);
            ps.setString(2, kind);
            ps.setString(3, algorithm);
            ps.setString(4, algorithmVersion);
            ps.setString(5, payloadJson);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("FOREIGN KEY")) throw new StoreException("no analysis " + analysisId + " for the result", e);
            if (m.contains("CHECK constraint")) throw new StoreException("result payload of " + algorithm + " is not valid JSON", e);
            throw SqlErrors.translate(db.file(), "store a result of analysis " + analysisId, e);
        }
    }

    public Optional<Analysis> analysis(long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, recording_id, type, status, priority, progress, stage, parameters, error FROM analyses WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Analysis(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read analysis " + id, e);
        }
    }

    /** Results of an analysis in the order they were stored. */
    public List<Result> results(long analysisId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, analysis_id, kind, algorithm, algorithm_version, payload FROM results WHERE analysis_id = ? ORDER BY id")) {
            ps.setLong(1, analysisId);
            List<Result> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Result(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read results of analysis " + analysisId, e);
        }
    }

    /**
     * The newest analyses first (at most {@code limit}), optionally of one recording ({@code recordingId} null = all):
     * what a job list shows, whoever started them (workstation, API, another process on the same file).
     */
    public List<Listed> recent(Long recordingId, int limit) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, recording_id, type, status, priority, progress, stage, parameters, error, created_at, started_at, finished_at"
                        + " FROM analyses WHERE ? IS NULL OR recording_id = ? ORDER BY id DESC LIMIT ?")) {
            ps.setObject(1, recordingId);
            ps.setObject(2, recordingId);
            ps.setInt(3, Math.max(0, limit));
            List<Listed> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Listed(new Analysis(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                            rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "list analyses", e);
        }
    }

    /**
     * The results of the newest completed analysis of a recording, per kind: a kind another analysis made later wins
     * (a quick run after a comprehensive one replaces quality but keeps the events). Empty when none completed.
     */
    public List<StoredResult> latestResults(long recordingId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT r.id, r.analysis_id, a.recording_id, r.kind,"
                + " r.algorithm, r.algorithm_version, r.payload, r.media_type, r.created_at FROM results r"
                + " JOIN analyses a ON a.id = r.analysis_id WHERE a.recording_id = ? AND a.status = 'completed'"
                + " AND r.payload IS NOT NULL AND r.id = (SELECT MAX(r2.id) FROM results r2 JOIN analyses a2 ON a2.id = r2.analysis_id"
                + " WHERE a2.recording_id = a.recording_id AND a2.status = 'completed' AND r2.kind = r.kind AND r2.payload IS NOT NULL)"
                + " ORDER BY r.id")) {
            ps.setLong(1, recordingId);
            List<StoredResult> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredResult(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read the latest results of recording " + recordingId, e);
        }
    }

    /** One result row with its recording and attachment type (the attachment itself via {@link #attachment}). */
    public record StoredResult(long id, long analysisId, long recordingId, String kind, String algorithm, String algorithmVersion,
                               String payload, String mediaType, String createdAt) {
    }

    public Optional<StoredResult> result(long id) {
        return oneResult("r.id = ?", id);
    }

    /** The newest PDF report (kind 'report', application/pdf, written by the report issue) of a recording. */
    public Optional<StoredResult> latestReport(long recordingId) {
        return oneResult("a.recording_id = ? AND r.kind = 'report' AND r.media_type = 'application/pdf'"
                + " AND r.attachment IS NOT NULL ORDER BY r.id DESC LIMIT 1", recordingId);
    }

    /** The binary attachment of a result (PDF, PNG), if it has one. */
    public Optional<byte[]> attachment(long resultId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT attachment FROM results WHERE id = ?")) {
            ps.setLong(1, resultId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read the attachment of result " + resultId, e);
        }
    }

    /** Finished, not deleted recordings without a completed analysis, oldest first (`brrr analyze --all-unanalysed`). */
    public List<Long> unanalysedRecordings() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT r.id FROM recordings r"
                + " WHERE r.deleted_at IS NULL AND r.status <> 'recording' AND NOT EXISTS"
                + " (SELECT 1 FROM analyses a WHERE a.recording_id = r.id AND a.status = 'completed') ORDER BY r.id");
             ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) ids.add(rs.getLong(1));
            return ids;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "list recordings without an analysis", e);
        }
    }

    /**
     * Marks analyses left queued or running by a process that ended as failed with {@code error} (their worker is
     * gone, nothing will finish them). Returns how many there were.
     */
    /** This process as a runner of analyses on this database, until the worker is closed or the process dies. */
    public AnalysisWorker startWorker() {
        return AnalysisWorker.start(db.file());
    }

    public int failUnfinished(String error) {
        try (Connection c = db.connect()) {
            List<String> workers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT worker FROM analyses WHERE status IN ('queued', 'running')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) workers.add(rs.getString(1));
            }
            int failed = 0;
            for (String w : workers) {
                // A live workstation or server sharing this file still runs its rows: leave them alone.
                if (w != null && !AnalysisWorker.isGone(db.file(), w)) continue;
                try (PreparedStatement ps = c.prepareStatement("UPDATE analyses SET status = 'failed', error = ?,"
                        + " finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE status IN ('queued', 'running') AND worker IS ?")) {
                    ps.setString(1, error);
                    ps.setString(2, w);
                    failed += ps.executeUpdate();
                }
            }
            AnalysisWorker.sweep(db.file());
            return failed;
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "close unfinished analyses", e);
        }
    }

    private Optional<StoredResult> oneResult(String where, long key) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT r.id, r.analysis_id, a.recording_id, r.kind,"
                + " r.algorithm, r.algorithm_version, r.payload, r.media_type, r.created_at FROM results r"
                + " JOIN analyses a ON a.id = r.analysis_id WHERE " + where)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new StoredResult(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(db.file(), "read result " + key, e);
        }
    }
}
