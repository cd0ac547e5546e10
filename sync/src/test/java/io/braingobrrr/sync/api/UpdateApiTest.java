package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User administration, patient edits and new annotations over HTTP, with permissions and audit. */
class UpdateApiTest {
    @TempDir
    Path dir;
    private ApiHarness api;
    private String admin;

    @BeforeEach
    void start() {
        api = new ApiHarness(dir, ApiHarnessConfigs.smallUploads());
        api.addUser("ada", "admin");
        api.addUser("tess", "technician");
        admin = api.token("ada");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private long idOf(String token) {
        return api.get("/auth/me", token).json().get("id").asLong();
    }

    private boolean audited(String action) {
        for (JsonNode row : api.get("/audit?action=" + action + "&size=100", admin).json().get("items")) {
            if (row.get("action").asText().equals(action)) return true;
        }
        return false;
    }

    @Test
    void adminChangesRoleActiveAndPasswordAndTheLastAdminStays() {
        String tech = api.token("tess");
        long tessId = idOf(tech);
        Map<String, Object> change = new HashMap<>();
        change.put("role", "clinician");
        change.put("display_name", "Tess T.");
        change.put("must_change_password", true);
        ApiHarness.Answer a = api.patchJson("/users/" + tessId, admin, change);
        assertEquals(200, a.status(), a.text());
        assertEquals("clinician", a.json().get("role").asText());
        assertEquals("Tess T.", a.json().get("display_name").asText());
        assertTrue(a.json().get("must_change_password").asBoolean());
        assertTrue(audited("user.update"));

        // Tess may not change anyone, herself included.
        assertEquals(403, api.patchJson("/users/" + tessId, tech, Map.of("role", "admin")).status());
        assertEquals(422, api.patchJson("/users/" + tessId, admin, Map.of("role", "boss")).status());

        // Password reset: the old password stops working, the new one signs in.
        ApiHarness.Answer weak = api.postJson("/users/" + tessId + "/password", admin, Map.of("password", "x"));
        assertEquals(422, weak.status());
        assertTrue(weak.json().get("details").has("password"));
        assertEquals(200, api.postJson("/users/" + tessId + "/password", admin, Map.of("password", "another long secret")).status());
        assertEquals(401, api.postJson("/auth/login", null, Map.of("username", "tess", "password", ApiHarness.PASSWORD)).status());
        ApiHarness.Answer login = api.postJson("/auth/login", null, Map.of("username", "tess", "password", "another long secret"));
        assertEquals(200, login.status());
        assertTrue(login.json().get("user").get("must_change_password").asBoolean());
        assertTrue(audited("user.password.reset"));

        // Deactivated: sign-in refused.
        assertEquals(200, api.patchJson("/users/" + tessId, admin, Map.of("active", false)).status());
        assertEquals(401, api.postJson("/auth/login", null, Map.of("username", "tess", "password", "another long secret")).status());

        // The only administrator cannot demote or deactivate herself.
        long adaId = idOf(admin);
        ApiHarness.Answer last = api.patchJson("/users/" + adaId, admin, Map.of("role", "researcher"));
        assertEquals(409, last.status());
        assertTrue(last.json().get("message").asText().contains("last active administrator"), last.text());
        assertEquals(409, api.patchJson("/users/" + adaId, admin, Map.of("active", false)).status());
    }

    @Test
    void patientUpdateNeedsPhiWriteAndAuditsFieldNamesOnly() {
        long id = api.postJson("/patients", admin, Map.of("mrn", "MRN-1", "name", "Ada Lovelace", "birth_date", "1815-12-10"))
                .json().get("id").asLong();
        api.postJson("/patients", admin, Map.of("mrn", "MRN-2", "name", "Other"));
        ApiHarness.Answer a = api.putJson("/patients/" + id, admin, Map.of("mrn", "MRN-1", "name", "Ada King", "birth_date", "1815-12-10",
                "sex", "f"));
        assertEquals(200, a.status(), a.text());
        assertEquals("Ada King", a.json().get("name").asText());
        assertEquals("F", a.json().get("sex").asText());
        assertEquals("Ada King", api.get("/patients/" + id, admin).json().get("name").asText());
        assertEquals(409, api.putJson("/patients/" + id, admin, Map.of("mrn", "MRN-2")).status());
        assertEquals(422, api.putJson("/patients/" + id, admin, Map.of("mrn", "MRN-1", "birth_date", "10/12/1815")).status());
        assertEquals(403, api.putJson("/patients/" + id, api.token("tess"), Map.of("mrn", "MRN-1")).status());
        assertEquals(404, api.putJson("/patients/999", admin, Map.of("mrn", "MRN-9")).status());
        JsonNode rows = api.get("/audit?action=patient.update", admin).json().get("items");
        assertEquals(1, rows.size());
        String detail = rows.get(0).toString();
        assertTrue(detail.contains("name") && detail.contains("sex"), detail);
        assertFalse(detail.contains("King") || detail.contains("Lovelace"), "PHI copied into the audit trail: " + detail);
    }

    @Test
    void annotationsAreAddedWithinTheRecording() {
        String tech = api.token("tess");
        Path file = SharedData.data(RecordingApiTest.EDF);
        long rec = api.postFile("/recordings?filename=a.edf", tech, file, "application/octet-stream").json().get("id").asLong();
        int before = api.get("/recordings/" + rec + "/annotations", tech).json().get("items").size();
        ApiHarness.Answer a = api.postJson("/recordings/" + rec + "/annotations", tech,
                Map.of("onset_s", 1.5, "duration_s", 0.5, "text", "patient moved"));
        assertEquals(201, a.status(), a.text());
        JsonNode items = api.get("/recordings/" + rec + "/annotations", tech).json().get("items");
        assertEquals(before + 1, items.size());
        boolean found = false;
        for (JsonNode n : items) found |= n.get("text").asText().equals("patient moved") && n.get("onset_s").asDouble() == 1.5;
        assertTrue(found, items.toString());
        ApiHarness.Answer bad = api.postJson("/recordings/" + rec + "/annotations", tech, Map.of("onset_s", 2, "text", ""));
        assertEquals(422, bad.status());
        assertTrue(bad.json().get("details").has("text"), bad.text());
        ApiHarness.Answer noOnset = api.postJson("/recordings/" + rec + "/annotations", tech, Map.of("text", "x"));
        assertTrue(noOnset.json().get("details").has("onset_s"), noOnset.text());
        api.addUser("rae", "researcher");
        assertEquals(403, api.postJson("/recordings/" + rec + "/annotations", api.token("rae"),
                Map.of("onset_s", 1, "text", "x")).status());
        assertTrue(audited("annotation.create"));
    }
}
