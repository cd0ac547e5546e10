package io.braingobrrr.core.report;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports in V9's tables (reports, report_findings, report_pages). No permission checks here: that is
 * {@link ReportService}'s job. Methods taking a {@link Connection} run inside the caller's transaction.
 */
public final class ReportStore {
    private static final String COLUMNS = "SELECT id, recording_id, template, version, amends_id, technician_notes, montage,"
            + " filters, quality_summary, interpretation, impression, created_by, signed_by, signer_name, signed_at,"
            + " signature_meaning, pdf_result_id FROM reports";

    private final Database db;

    public ReportStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    /** A new version (1 for a first report) with its findings and pages. */
    long insert(Connection c, long recordingId, ReportTemplate template, Long amendsId, Report.Content content,
                String createdBy) throws SQLException {
        int version;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM reports WHERE recording_id = ?")) {
            ps.setLong(1, recordingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports (recording_id, template, version, amends_id, created_by)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, recordingId);
            ps.setString(2, template.key());
            ps.setInt(3, version);
            if (amendsId == null) ps.setNull(4, Types.INTEGER);
            else ps.setLong(4, amendsId);
            ps.setString(5, createdBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        writeContent(c, id, content);
        return id;
    }

    /** Replaces the editable content; the V9 triggers refuse this on a signed report. */
    void writeContent(Connection c, long id, Report.Content k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET technician_notes = ?, montage = ?, filters = ?,"
                + " quality_summary = ?, interpretation = ?, impression = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                + " WHERE id = ?")) {
            ps.setString(1, k.technicianNotes());
            ps.setString(2, k.montage());
            ps.setString(3, k.filters());
            ps.setString(4, k.qualitySummary());
            ps.setString(5, k.interpretation());
            ps.setString(6, k.impression());
            ps.setLong(7, id);
            ps.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM report_findings WHERE report_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM report_pages WHERE report_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_findings (report_id, ordinal, code, original_text,"
                + " decision, text) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Finding f : k.findings()) {
                ps.setLong(1, id);
                ps.setInt(2, i++);
                ps.setString(3, f.code());
                ps.setString(4, f.originalText());
                ps.setString(5, f.decision().key());
                ps.setString(6, f.text());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_pages (report_id, ordinal, start_s, duration_s,"
                + " montage, caption) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (RepresentativePage p : k.pages()) {
                ps.setLong(1, id);
                ps.setInt(2, i++);
                ps.setDouble(3, p.startS());
                ps.setDouble(4, p.durationS());
                ps.setString(5, p.montage());
                ps.setString(6, p.caption());
                ps.executeUpdate();
            }
        }
    }

    /** Marks the draft signed and links its PDF; 0 rows when it was signed meanwhile (the caller refuses). */
    int sign(Connection c, long id, Signature s, long pdfResultId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET status = 'signed', signed_by = ?, signer_name = ?,"
                + " signed_at = ?, signature_meaning = ?, pdf_result_id = ? WHERE id = ? AND status = 'draft'")) {
            ps.setString(1, s.username());
            ps.setString(2, s.displayName());
            ps.setString(3, s.at().toString());
            ps.setString(4, s.meaning().key());
            ps.setLong(5, pdfResultId);
            ps.setLong(6, id);
            return ps.executeUpdate();
        }
    }

    /**
     * Stores a PDF as a results row (kind 'report', application/pdf) of a completed analyses row of type
     * 'report' for the recording: where the API serves {@code GET /api/v1/results/{id}?format=pdf} from.
     */
    long storePdf(Connection c, long recordingId, byte[] pdf, String payloadJson) throws SQLException {
        long analysisId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analyses (recording_id, type, status, progress, stage,"
                + " started_at, finished_at) VALUES (?, 'report', 'completed', 1, 'report signed',"
                + " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) RETURNING id")) {
            ps.setLong(1, recordingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                analysisId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO results (analysis_id, kind, algorithm, algorithm_version,"
                + " payload, attachment, media_type) VALUES (?, 'report', 'brrr-report', '1', ?, ?, 'application/pdf') RETURNING id")) {
            ps.setLong(1, analysisId);
            ps.setString(2, payloadJson);
            ps.setBytes(3, pdf);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The PDF bytes of a results row, empty when there is none. */
    public Optional<byte[]> pdf(long resultId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT attachment FROM results WHERE id = ? AND media_type = 'application/pdf'")) {
            ps.setLong(1, resultId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(db.file() + ": cannot read the PDF of result " + resultId + " (" + e.getMessage() + ")", e);
        }
    }

    public Optional<Report> find(long id) {
        List<Report> r = query(COLUMNS + " WHERE id = ?", id);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** Every version of the recording's report, oldest first. */
    public List<Report> versions(long recordingId) {
        return query(COLUMNS + " WHERE recording_id = ? ORDER BY version", recordingId);
    }

    private List<Report> query(String sql, long arg) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            List<Report> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(c, rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(db.file() + ": cannot read reports (" + e.getMessage() + ")", e);
        }
    }

    private static Report row(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Signature sig = rs.getString(13) == null ? null : new Signature(rs.getString(13), rs.getString(14),
                Instant.parse(rs.getString(15)), Signature.Meaning.parse(rs.getString(16)));
        long amends = rs.getLong(5);
        Long amendsId = rs.wasNull() ? null : amends;
        long pdf = rs.getLong(17);
        Long pdfId = rs.wasNull() ? null : pdf;
        Report.Content content = new Report.Content(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                findings(c, id), pages(c, id), rs.getString(10), rs.getString(11));
        return new Report(id, rs.getLong(2), ReportTemplate.parse(rs.getString(3)), rs.getInt(4), amendsId, content,
                rs.getString(12), sig, pdfId);
    }

    private static List<Finding> findings(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, original_text, decision, text FROM report_findings WHERE report_id = ? ORDER BY ordinal")) {
            ps.setLong(1, id);
            List<Finding> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Finding(rs.getString(1), rs.getString(2), Finding.Decision.parse(rs.getString(3)), rs.getString(4)));
                }
            }
            return out;
        }
    }

    private static List<RepresentativePage> pages(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT start_s, duration_s, montage, caption FROM report_pages WHERE report_id = ? ORDER BY ordinal")) {
            ps.setLong(1, id);
            List<RepresentativePage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new RepresentativePage(rs.getDouble(1), rs.getDouble(2), rs.getString(3), rs.getString(4)));
            }
            return out;
        }
    }
}
