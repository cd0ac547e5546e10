package io.braingobrrr.core.review;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sleep scorings of recordings, 30 s epochs: automatic stages from the stager and manual stages from a
 * scorer. A manual stage always wins: storing automatic stages never overwrites a manual one. Reading
 * needs analyses_read, scoring analyses_write; every change is audited.
 */
public final class SleepScoringService {
    /** AASM stages in clinical order, as stored. */
    public static final List<String> STAGES = List.of("W", "R", "N1", "N2", "N3");
    public static final double EPOCH_SECONDS = 30;

    /** One stored epoch. */
    public record Epoch(int index, String stage, String source, Double confidence, String scorer, String scoredAt) {
        public boolean manual() {
            return "manual".equals(source);
        }
    }

    /** A stage proposed by the stager. */
    public record AutoStage(int index, String stage, double confidence) {
    }

    private final Database db;
    private final AuditTrail audit;

    public SleepScoringService(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The stored epochs of a recording in epoch order (empty when it was never scored). */
    public List<Epoch> epochs(Subject by, String recordingKey) {
        by.require(Permission.ANALYSES_READ);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.epoch_index, e.stage, e.source, e.confidence, e.scorer, e.scored_at FROM sleep_epochs e"
                        + " JOIN sleep_scorings s ON s.id = e.scoring_id WHERE s.recording_key = ? ORDER BY e.epoch_index")) {
            ps.setString(1, recordingKey);
            List<Epoch> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double conf = rs.getDouble(4);
                    out.add(new Epoch(rs.getInt(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : conf,
                            rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the sleep scoring of " + recordingKey + ": " + e.getMessage(), e);
        }
    }

    /** Stores the stager's stages; epochs a scorer already set by hand keep their manual stage. Returns how many were kept. */
    public int storeAutomatic(Subject by, String recordingKey, String algorithm, List<AutoStage> stages) {
        by.require(Permission.ANALYSES_WRITE);
        for (AutoStage s : stages) check(s.index(), s.stage());
        int kept;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long id = scoring(c, by, recordingKey);
            try (PreparedStatement ps = c.prepareStatement("UPDATE sleep_scorings SET algorithm = ?,"
                    + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")) {
                ps.setString(1, algorithm);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            int written = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sleep_epochs (scoring_id, epoch_index, stage,"
                    + " source, confidence, scorer) VALUES (?, ?, ?, 'auto', ?, ?) ON CONFLICT (scoring_id, epoch_index)"
                    + " DO UPDATE SET stage = excluded.stage, confidence = excluded.confidence, scorer = excluded.scorer,"
                    + " scored_at = excluded.scored_at WHERE source = 'auto'")) {
                for (AutoStage s : stages) {
                    ps.setLong(1, id);
                    ps.setInt(2, s.index());
                    ps.setString(3, s.stage());
                    ps.setDouble(4, s.confidence());
                    ps.setString(5, algorithm);
                    written += ps.executeUpdate();
                }
            }
            c.commit();
            kept = stages.size() - written;
        } catch (SQLException e) {
            throw new StoreException("cannot store the automatic scoring of " + recordingKey + ": " + e.getMessage(), e);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("algorithm", algorithm);
        detail.put("epochs", stages.size());
        detail.put("manual_kept", kept);
        Audited.record(audit, by, "sleep_scoring.auto", "recording", recordingKey, detail);
        return kept;
    }

    /** Sets the stage of one epoch by hand (over an automatic or an earlier manual stage). */
    public Epoch setManual(Subject by, String recordingKey, int index, String stage) {
        by.require(Permission.ANALYSES_WRITE);
        check(index, stage);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long id = scoring(c, by, recordingKey);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sleep_epochs (scoring_id, epoch_index, stage,"
                    + " source, confidence, scorer) VALUES (?, ?, ?, 'manual', NULL, ?) ON CONFLICT (scoring_id, epoch_index)"
                    + " DO UPDATE SET stage = excluded.stage, source = 'manual', confidence = NULL, scorer = excluded.scorer,"
                    + " scored_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
                ps.setLong(1, id);
                ps.setInt(2, index);
                ps.setString(3, stage);
                ps.setString(4, by.username());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot store epoch " + index + " of " + recordingKey + ": " + e.getMessage(), e);
        }
        Audited.record(audit, by, "sleep_scoring.epoch", "recording", recordingKey, Map.of("epoch", index, "stage", stage));
        return epochs(by, recordingKey).stream().filter(e -> e.index() == index).findFirst().orElseThrow();
    }

    private static void check(int index, String stage) {
        if (index < 0) throw InvalidInputException.of("epoch", "must be 0 or more, not " + index);
        if (!STAGES.contains(stage)) throw InvalidInputException.of("stage", "'" + stage + "' is none of " + STAGES);
    }

    private static long scoring(Connection c, Subject by, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sleep_scorings (recording_key, created_by)"
                + " VALUES (?, ?) ON CONFLICT (recording_key) DO NOTHING")) {
            ps.setString(1, key);
            ps.setString(2, by.username());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sleep_scorings WHERE recording_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
