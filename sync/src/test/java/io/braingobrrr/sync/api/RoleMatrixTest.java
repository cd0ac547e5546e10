package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role against each endpoint, allowed and denied, and the researcher's view of a patient. */
class RoleMatrixTest {
    @TempDir
    static Path dir;
    private static ApiHarness api;
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static long patientId;

    @BeforeAll
    static void start() {
        api = new ApiHarness(dir);
        for (String role : new String[]{"admin", "clinician", "technician", "researcher"}) {
            api.addUser(role + "1", role);
            TOKENS.put(role, api.token(role + "1"));
        }
        ApiHarness.Answer p = api.postJson("/patients", TOKENS.get("clinician"),
                Map.of("mrn", "MRN-7781", "name", "Grace Hopper", "birth_date", "1906-12-09", "sex", "F"));
        assertEquals(201, p.status(), p.text());
        patientId = p.json().get("id").asLong();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "admin, GET, /users, 200", "clinician, GET, /users, 403", "technician, GET, /users, 403", "researcher, GET, /users, 403",
            "admin, GET, /audit, 200", "clinician, GET, /audit, 403", "technician, GET, /audit, 403", "researcher, GET, /audit, 403",
            "admin, GET, /audit/verify, 200", "researcher, GET, /audit/verify, 403",
            "admin, GET, /health/detailed, 200", "technician, GET, /health/detailed, 403",
            "admin, GET, /recordings, 200", "clinician, GET, /recordings, 200", "technician, GET, /recordings, 200",
            "researcher, GET, /recordings, 200",
            "admin, GET, /patients, 200", "researcher, GET, /patients, 200",
            "researcher, GET, /patients?mrn=MRN, 403", "clinician, GET, /patients?mrn=MRN, 200",
            "admin, POST, /patients, 201", "clinician, POST, /patients, 201", "technician, POST, /patients, 403",
            "researcher, POST, /patients, 403",
            "admin, POST, /users, 201", "clinician, POST, /users, 403", "technician, POST, /users, 403",
            "researcher, POST, /users, 403",
            "technician, POST, /recordings, 422", "researcher, POST, /recordings, 403", "clinician, POST, /recordings, 422",
            "researcher, DELETE, /recordings/999, 403", "technician, DELETE, /recordings/999, 404",
    })
    void roleMeetsEndpoint(String role, String method, String path, int expected) {
        String token = TOKENS.get(role);
        ApiHarness.Answer a = switch (method) {
            case "GET" -> api.get(path, token);
            case "DELETE" -> api.delete(path, token);
            case "POST" -> switch (path) {
                case "/patients" -> api.postJson(path, token, Map.of("mrn", "M-" + role + System.nanoTime(), "name", "X"));
                case "/users" -> api.postJson(path, token, Map.of("username", "u" + System.nanoTime(), "role", "technician",
                        "password", "a decent password"));
                default -> api.postBytes(path, token, "0       not really an EDF".getBytes(), "application/octet-stream");
            };
            default -> throw new IllegalArgumentException(method);
        };
        assertEquals(expected, a.status(), a.text());
        if (expected == 403) {
            assertEquals("forbidden", a.json().get("error").asText());
            assertTrue(a.json().get("message").asText().contains(role), a.text());
        }
    }

    @Test
    void researcherNeverReceivesNameMrnOrBirthDate() {
        String researcher = TOKENS.get("researcher");
        for (String path : new String[]{"/patients", "/patients/" + patientId, "/patients?page=1&size=50"}) {
            ApiHarness.Answer a = api.get(path, researcher);
            assertEquals(200, a.status());
            String body = a.text();
            assertFalse(body.contains("Grace") || body.contains("Hopper") || body.contains("7781") || body.contains("1906"), body);
        }
        JsonNode p = api.get("/patients/" + patientId, researcher).json();
        assertTrue(p.get("mrn").asText().startsWith("PSN-"));
        assertTrue(p.get("pseudonymised").asBoolean());
        assertTrue(p.get("birth_date").isNull());
        assertEquals("/api/v1/recordings?patient_id=" + patientId, p.get("_links").get("recordings").get("href").asText());
    }

    @Test
    void clinicianReceivesThePatientAsEntered() {
        JsonNode p = api.get("/patients/" + patientId, TOKENS.get("clinician")).json();
        assertEquals("Grace Hopper", p.get("name").asText());
        assertEquals("MRN-7781", p.get("mrn").asText());
        assertEquals("1906-12-09", p.get("birth_date").asText());
        assertFalse(p.get("pseudonymised").asBoolean());
    }

    @Test
    void oneMayReadOnesOwnAccountOnly() {
        String tech = TOKENS.get("technician");
        long me = api.get("/auth/me", tech).json().get("id").asLong();
        assertEquals(200, api.get("/users/" + me, tech).status());
        assertEquals(403, api.get("/users/" + (me == 1 ? 2 : 1), tech).status());
    }

    @Test
    void validationErrorsNameEachField() {
        ApiHarness.Answer a = api.postJson("/users", TOKENS.get("admin"), Map.of("username", "!", "role", "boss", "password", "x"));
        assertEquals(422, a.status());
        JsonNode d = a.json().get("details");
        assertTrue(d.has("username") && d.has("role") && d.has("password"), a.text());
        ApiHarness.Answer dup = api.postJson("/users", TOKENS.get("admin"), Map.of("username", "admin1", "role", "admin",
                "password", "a decent password"));
        assertEquals(409, dup.status());
        ApiHarness.Answer page = api.get("/recordings?page=0", TOKENS.get("admin"));
        assertEquals(422, page.status());
        assertTrue(page.json().get("details").has("page"));
        assertNull(api.get("/patients/abc", TOKENS.get("admin")).json().get("details").get("mrn"));
        assertEquals(422, api.get("/patients/abc", TOKENS.get("admin")).status());
        assertEquals(404, api.get("/patients/9999", TOKENS.get("admin")).status());
    }
}
