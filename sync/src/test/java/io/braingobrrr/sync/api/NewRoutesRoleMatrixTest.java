package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each role against the routes added after the first matrix (clients, analyses, results, edits, annotations,
 * docs), allowed and denied; and no patient identification in any of them for a researcher.
 */
class NewRoutesRoleMatrixTest {
    private static final String[] ROLES = {"admin", "clinician", "technician", "researcher"};
    @TempDir
    static Path dir;
    private static ApiHarness api;
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static long patient;
    private static long recording;
    private static long analysis;
    private static long result;
    private static long technicianId;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiHarness(dir, ApiHarnessConfigs.smallUploads());
        for (String role : ROLES) {
            api.addUser(role + "1", role);
            TOKENS.put(role, api.token(role + "1"));
        }
        technicianId = api.get("/auth/me", TOKENS.get("technician")).json().get("id").asLong();
        patient = api.postJson("/patients", TOKENS.get("clinician"), Map.of("mrn", "MRN-4411", "name", "Grace Hopper",
                "birth_date", "1906-12-09")).json().get("id").asLong();
        recording = api.postFile("/recordings?filename=a.edf&patient_id=" + patient, TOKENS.get("technician"),
                SharedData.data(RecordingApiTest.EDF), "application/octet-stream").json().get("id").asLong();
        analysis = api.postJson("/analyses", TOKENS.get("clinician"), Map.of("recording_id", recording, "type", "quick"))
                .json().get("id").asLong();
        for (int i = 0; i < 600; i++) {
            JsonNode s = api.get("/analyses/" + analysis, TOKENS.get("admin")).json();
            if (s.get("status").asText().equals("completed")) {
                result = s.get("results").get(0).get("id").asLong();
                break;
            }
            Thread.sleep(100);
        }
        if (result == 0) throw new AssertionError("the setup analysis did not complete");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** role, method, path, JSON body (null for none), expected status. */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        String analyses = "{\"recording_id\":" + recording + ",\"type\":\"quick\"}";
        String batch = "{\"recording_ids\":[" + recording + "],\"type\":\"quick\"}";
        for (String role : ROLES) {
            boolean admin = role.equals("admin");
            boolean writesAnalyses = admin || role.equals("clinician");
            boolean writesEeg = !role.equals("researcher");
            rows.add(Arguments.of(role, "GET", "/integrations/clients", null, admin ? 200 : 403));
            rows.add(Arguments.of(role, "POST", "/integrations/clients", "{\"name\":\"c-" + role + "\",\"role\":\"researcher\"}",
                    admin ? 201 : 403));
            rows.add(Arguments.of(role, "GET", "/integrations/clients/1", null, admin ? 200 : 403));
            rows.add(Arguments.of(role, "POST", "/analyses", analyses, writesAnalyses ? 202 : 403));
            rows.add(Arguments.of(role, "POST", "/recordings/" + recording + "/analyses", "{\"type\":\"quick\"}", writesAnalyses ? 202 : 403));
            rows.add(Arguments.of(role, "POST", "/analyses/batch", batch, writesAnalyses ? 202 : 403));
            rows.add(Arguments.of(role, "GET", "/analyses/" + analysis, null, 200));
            rows.add(Arguments.of(role, "POST", "/analyses/" + analysis + "/cancel", "{}", writesAnalyses ? 409 : 403));
            rows.add(Arguments.of(role, "GET", "/results/" + result, null, 200));
            rows.add(Arguments.of(role, "GET", "/results/" + result + "/summary", null, 200));
            rows.add(Arguments.of(role, "GET", "/results/" + result + "?format=pdf", null, 409));
            rows.add(Arguments.of(role, "GET", "/results/" + result + "/visualizations/hypnogram", null, 501));
            rows.add(Arguments.of(role, "PATCH", "/users/" + technicianId, "{\"display_name\":\"T\"}", admin ? 200 : 403));
            rows.add(Arguments.of(role, "POST", "/users/" + technicianId + "/password", "{\"password\":\"" + ApiHarness.PASSWORD
                    + "\",\"must_change_password\":false}", admin ? 200 : 403));
            rows.add(Arguments.of(role, "PUT", "/patients/" + patient, "{\"mrn\":\"MRN-4411\",\"name\":\"Grace Hopper\"}",
                    writesAnalyses ? 200 : 403));
            rows.add(Arguments.of(role, "POST", "/recordings/" + recording + "/annotations", "{\"onset_s\":1,\"text\":\"x\"}",
                    writesEeg ? 201 : 403));
            rows.add(Arguments.of(role, "GET", "/sessions", null, 501));
            rows.add(Arguments.of(role, "GET", "/docs", null, 200));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @MethodSource("matrix")
    void roleMeetsEndpoint(String role, String method, String path, String body, int expected) {
        okhttp3.RequestBody rb = body == null ? null : okhttp3.RequestBody.create(body, ApiHarness.JSON);
        ApiHarness.Answer a = api.call(api.builder(path, TOKENS.get(role)).method(method, rb));
        assertEquals(expected, a.status(), a.text());
        if (expected == 403) assertEquals("forbidden", a.json().get("error").asText());
    }

    @Test
    void researcherSeesNoPatientIdentificationInAnalysesOrResults() {
        String researcher = TOKENS.get("researcher");
        for (String path : new String[]{"/analyses/" + analysis, "/results/" + result, "/results/" + result + "/summary",
                "/recordings/" + recording}) {
            String body = api.get(path, researcher).text();
            assertFalse(body.contains("Grace") || body.contains("Hopper") || body.contains("4411") || body.contains("1906"),
                    path + ": " + body);
        }
    }

    @Test
    void recordingLinksKeepTheirOrderAndTargetsInListAndDetail() {
        ApiHarness.Answer page = api.get("/recordings?patient_id=" + patient, TOKENS.get("clinician"));
        assertEquals(200, page.status(), page.text());
        assertEquals("application/json", page.header("Content-Type"));
        assertEquals(Integer.toString(page.bytes().length), page.header("Content-Length"), "a page is sent whole, not chunked");
        String self = "/api/v1/recordings/" + recording;
        List<String> expected = List.of("self " + self, "samples " + self + "/samples{?channel,from,to}",
                "annotations " + self + "/annotations", "file " + self + "/file", "patient /api/v1/patients/" + patient);
        assertEquals(expected, links(page.json().get("items").get(0).get("_links")));
        assertEquals(expected, links(api.get("/recordings/" + recording, TOKENS.get("clinician")).json().get("recording").get("_links")));
    }

    private static List<String> links(JsonNode links) {
        List<String> out = new ArrayList<>();
        links.fields().forEachRemaining(e -> out.add(e.getKey() + " " + e.getValue().get("href").asText()));
        return out;
    }
}
