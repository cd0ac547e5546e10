package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers a completed study from the database: the recording's patient, its latest completed analysis,
 * that analysis' sleep statistics and event counts (from the JSON results), and a report PDF when one is
 * stored (results row kind 'report', media type application/pdf).
 */
public final class StudyLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** brrr stage's stats keys -> (local code, LOINC or null, display, UCUM unit). */
    private static final String[][] SLEEP = {
            {"tst_min", "tst", "93832-4", "Total sleep time", "min"},
            {"se_pct", "sleep-efficiency", null, "Sleep efficiency", "%"},
            {"sol_min", "sleep-onset-latency", null, "Sleep onset latency", "min"},
            {"waso_min", "waso", null, "Wake after sleep onset", "min"},
            {"rem_latency_min", "rem-latency", null, "REM latency", "min"},
            {"pct_n1", "stage-n1", null, "Stage N1 (% of total sleep time)", "%"},
            {"pct_n2", "stage-n2", null, "Stage N2 (% of total sleep time)", "%"},
            {"pct_n3", "stage-n3", null, "Stage N3 (% of total sleep time)", "%"},
            {"pct_r", "stage-r", null, "Stage R (% of total sleep time)", "%"}};

    private final Database db;
    private final ZoneId zone;

    /** @param zone the zone of the recordings' local start times (the workstation's) */
    public StudyLoader(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    public Study load(long recordingId, String performer) {
        try (Connection c = db.connect()) {
            String mrn;
            String name;
            String birth;
            String sex;
            LocalDateTime start;
            double durationS;
            try (PreparedStatement ps = c.prepareStatement("SELECT p.mrn, p.name, p.birth_date, p.sex, r.start_time, r.duration_s"
                    + " FROM recordings r LEFT JOIN patients p ON p.id = r.patient_id WHERE r.id = ? AND r.deleted_at IS NULL")) {
                ps.setLong(1, recordingId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException("there is no recording " + recordingId);
                    mrn = rs.getString(1);
                    name = rs.getString(2);
                    birth = rs.getString(3);
                    sex = rs.getString(4);
                    start = LocalDateTime.parse(rs.getString(5));
                    durationS = rs.getDouble(6);
                }
            }
            if (mrn == null) {
                throw InvalidInputException.of("recording", "recording " + recordingId
                        + " has no patient: a FHIR report needs the patient's MRN");
            }
            long analysisId;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM analyses WHERE recording_id = ? AND status = 'completed'"
                    + " ORDER BY finished_at DESC, id DESC LIMIT 1")) {
                ps.setLong(1, recordingId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw InvalidInputException.of("recording", "recording " + recordingId + " has no completed analysis yet");
                    }
                    analysisId = rs.getLong(1);
                }
            }
            List<Study.Measure> measures = new ArrayList<>();
            Map<String, Integer> events = new TreeMap<>();
            String conclusion = null;
            byte[] pdf = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT r.kind, r.payload, r.attachment, r.media_type FROM results r"
                    + " JOIN analyses a ON a.id = r.analysis_id WHERE a.recording_id = ? AND (r.analysis_id = ? OR r.kind = 'report')"
                    + " ORDER BY r.id")) {
                ps.setLong(1, recordingId);
                ps.setLong(2, analysisId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if ("report".equals(rs.getString(1)) && "application/pdf".equals(rs.getString(4))) pdf = rs.getBytes(3);
                        String payload = rs.getString(2);
                        if (payload == null) continue;
                        JsonNode n = JSON.readTree(payload);
                        JsonNode stats = n.findValue("stats");
                        if (stats != null && stats.has("tst_min") && measures.isEmpty()) addSleep(stats, measures);
                        for (JsonNode list : n.findValues("events")) countEvents(list, events);
                        if (n.hasNonNull("conclusion")) conclusion = n.get("conclusion").asText();
                    }
                }
            }
            boolean sleep = !measures.isEmpty();
            double hours = durationS / 3600.0;
            if (hours > 0) {
                for (Map.Entry<String, Integer> e : events.entrySet()) {
                    measures.add(new Study.Measure(e.getKey() + "-index", null, e.getKey() + " per hour of recording",
                            e.getValue() / hours, "/h"));
                }
            }
            return new Study(mrn, name, birth == null ? null : LocalDate.parse(birth), sex, "analysis-" + analysisId, sleep,
                    start.atZone(zone).toOffsetDateTime(), conclusion, performer, measures, pdf);
        } catch (SQLException e) {
            throw new StoreException("cannot read recording " + recordingId + " for FHIR: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("a result of recording " + recordingId + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    private static void addSleep(JsonNode stats, List<Study.Measure> out) {
        for (String[] s : SLEEP) {
            JsonNode v = stats.get(s[0]);
            if (v != null && v.isNumber() && Double.isFinite(v.asDouble())) out.add(new Study.Measure(s[1], s[2], s[3], v.asDouble(), s[4]));
        }
    }

    private static void countEvents(JsonNode list, Map<String, Integer> counts) {
        if (!list.isArray()) return;
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            String kind = e.path("kind").asText("");
            if (kind.matches("[a-z_]+")) counts.merge(kind, 1, Integer::sum);
        }
    }
}
