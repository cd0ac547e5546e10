package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Analyses of an uploaded real EDF over HTTP: 202 + Location, status until done, results, cancel, batch, PDF. */
class AnalysisApiTest {
    static final String EDF = "eegmmidb/S001R03.edf";

    @TempDir
    Path dir;
    private ApiHarness api;
    private String clinician;
    private String researcher;

    @BeforeEach
    void start() {
        api = new ApiHarness(dir, ApiHarnessConfigs.smallUploads());
        api.addUser("cleo", "clinician");
        api.addUser("rae", "researcher");
        clinician = api.token("cleo");
        researcher = api.token("rae");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private long upload() {
        Path file = SharedData.data(EDF);
        ApiHarness.Answer a = api.postFile("/recordings?filename=S001R03.edf", clinician, file, "application/octet-stream");
        assertEquals(201, a.status(), a.text());
        return a.json().get("id").asLong();
    }

    private JsonNode awaitEnd(String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode s = api.get(location.substring("/api/v1".length()), researcher).json();
            String status = s.get("status").asText();
            if (!status.equals("queued") && !status.equals("running")) return s;
            Thread.sleep(100);
        }
        throw new AssertionError("analysis did not finish within 60 s");
    }

    @Test
    void quickAnalysisRunsToResultsWithAlgorithmVersions() throws Exception {
        long rec = upload();
        ApiHarness.Answer started = api.postJson("/recordings/" + rec + "/analyses", clinician, Map.of("type", "quick"));
        assertEquals(202, started.status(), started.text());
        long id = started.json().get("id").asLong();
        assertEquals("/api/v1/analyses/" + id, started.header("Location"));
        assertEquals("/api/v1/analyses/" + id + "/cancel", started.json().get("_links").get("cancel").get("href").asText());
        assertEquals("normal", started.json().get("priority").asText());

        JsonNode done = awaitEnd(started.header("Location"));
        assertEquals("completed", done.get("status").asText(), done.toString());
        assertEquals(1.0, done.get("progress").asDouble());
        assertFalse(done.get("_links").has("cancel"));
        Set<String> kinds = new HashSet<>();
        done.get("results").forEach(r -> kinds.add(r.get("kind").asText()));
        assertEquals(Set.of("quality", "spectral", "abnormality"), kinds);

        JsonNode quality = null;
        for (JsonNode r : done.get("results")) if (r.get("kind").asText().equals("quality")) quality = r;
        long resultId = quality.get("id").asLong();
        JsonNode result = api.get("/results/" + resultId, researcher).json();
        assertEquals(rec, result.get("recording_id").asLong());
        assertFalse(result.get("algorithm").asText().isBlank());
        assertFalse(result.get("algorithm_version").asText().isBlank());
        // The payload is the quality report itself: 64 EEG channels of the eegmmidb file, each judged.
        assertEquals(64, result.get("payload").get("channels").size());

        JsonNode summary = api.get("/results/" + resultId + "/summary", researcher).json();
        assertEquals(64, summary.get("channels_count").asInt());
        assertEquals(result.get("payload").get("usable_percent").asDouble(), summary.get("usable_percent").asDouble());
        assertEquals("quality", summary.get("kind").asText());

        // No renderer wired in this server: 501 with a message; an unknown kind is a 422 naming it.
        ApiHarness.Answer png = api.get("/results/" + resultId + "/visualizations/hypnogram", researcher);
        assertEquals(501, png.status());
        assertTrue(png.json().get("message").asText().contains("renderer"), png.text());
        assertTrue(api.get("/results/" + resultId + "/visualizations/pie", researcher).json().get("details").has("kind"));

        // PDF: 409 until the report issue stores one, then the stored bytes exactly.
        ApiHarness.Answer noPdf = api.get("/results/" + resultId + "?format=pdf", researcher);
        assertEquals(409, noPdf.status());
        assertTrue(noPdf.json().get("message").asText().contains("no PDF report of recording " + rec), noPdf.text());
        byte[] pdf = "%PDF-1.7\n% a stored report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        try (Connection c = api.db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO results (analysis_id, kind,"
                + " algorithm, algorithm_version, attachment, media_type) VALUES (?, 'report', 'brrr-report', '1', ?, 'application/pdf')")) {
            ps.setLong(1, id);
            ps.setBytes(2, pdf);
            ps.executeUpdate();
        }
        ApiHarness.Answer gotPdf = api.get("/results/" + resultId + "?format=pdf", clinician);
        assertEquals(200, gotPdf.status());
        assertEquals("application/pdf", gotPdf.header("Content-Type"));
        assertArrayEquals(pdf, gotPdf.bytes());
        assertEquals(422, api.get("/results/" + resultId + "?format=docx", clinician).status());

        // Cancelling what has ended is a conflict.
        assertEquals(409, api.postJson("/analyses/" + id + "/cancel", clinician, Map.of()).status());
    }

    @Test
    void queuedAnalysisIsCancelledAndAudited() throws Exception {
        long rec = upload();
        // One worker: the second of two standard analyses waits in the queue while the first runs.
        String first = api.postJson("/analyses", clinician, Map.of("recording_id", rec, "type", "comprehensive")).header("Location");
        ApiHarness.Answer second = api.postJson("/analyses", clinician, Map.of("recording_id", rec, "type", "quick",
                "priority", "normal"));
        long id = second.json().get("id").asLong();
        ApiHarness.Answer cancelled = api.postJson("/analyses/" + id + "/cancel", clinician, Map.of());
        assertEquals(200, cancelled.status(), cancelled.text());
        JsonNode end = awaitEnd("/api/v1/analyses/" + id);
        assertEquals("cancelled", end.get("status").asText());
        assertEquals(0, end.get("results").size());
        JsonNode comprehensive = awaitEnd(first);
        assertEquals("completed", comprehensive.get("status").asText());
        Set<String> kinds = new HashSet<>();
        comprehensive.get("results").forEach(r -> kinds.add(r.get("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("quality", "spectral", "abnormality", "sleep", "events")), kinds.toString());
        try (Connection c = api.db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE action = 'analysis.cancel' AND entity_id = '" + id + "'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void batchQueuesAllOrNothingAndRolesAreChecked() {
        long rec = upload();
        ApiHarness.Answer bad = api.postJson("/analyses/batch", clinician, Map.of("recording_ids", List.of(rec, 999), "type", "quick"));
        assertEquals(422, bad.status());
        assertTrue(bad.json().get("details").get("recording_ids").asText().contains("999"), bad.text());
        try (Connection c = api.db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM analyses")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a refused batch queued something");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        ApiHarness.Answer ok = api.postJson("/analyses/batch", clinician, Map.of("recording_ids", List.of(rec, rec), "type", "quick",
                "priority", "urgent"));
        assertEquals(202, ok.status(), ok.text());
        assertEquals(2, ok.json().get("items").size());
        assertEquals("urgent", ok.json().get("items").get(0).get("priority").asText());

        ApiHarness.Answer badType = api.postJson("/analyses", clinician, Map.of("recording_id", rec, "type", "deep", "priority", "asap"));
        assertEquals(422, badType.status());
        assertTrue(badType.json().get("details").has("type") && badType.json().get("details").has("priority"), badType.text());
        ApiHarness.Answer custom = api.postJson("/analyses", clinician, Map.of("recording_id", rec, "type", "custom"));
        assertTrue(custom.json().get("details").has("parameters.base"), custom.text());
        assertEquals(202, api.postJson("/analyses", clinician, Map.of("recording_id", rec, "type", "custom",
                "parameters", Map.of("base", "quick"))).status());

        assertEquals(403, api.postJson("/analyses", researcher, Map.of("recording_id", rec, "type", "quick")).status());
        assertEquals(404, api.get("/analyses/9999", researcher).status());
        assertEquals(404, api.get("/results/9999", researcher).status());
    }
}
