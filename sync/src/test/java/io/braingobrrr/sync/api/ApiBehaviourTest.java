package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate limits, idempotent POSTs, the audit trail after API use, health and metrics. */
class ApiBehaviourTest {
    @TempDir
    Path dir;
    private ApiHarness api;

    @AfterEach
    void stop() {
        if (api != null) api.close();
    }

    @Test
    void rateLimitAnswers429WithHeadersButNotForHealthOrMetrics() {
        api = new ApiHarness(dir, ApiConfig.defaults().withRateLimit(5, Duration.ofMinutes(1)));
        api.addUser("ann", "admin");
        String token = api.token("ann");        // the login itself counts for the IP, not for the user
        for (int i = 1; i <= 5; i++) {
            ApiHarness.Answer a = api.get("/recordings", token);
            assertEquals(200, a.status());
            assertEquals("5", a.header("X-RateLimit-Limit"));
            assertEquals(Integer.toString(5 - i), a.header("X-RateLimit-Remaining"));
            int reset = Integer.parseInt(a.header("X-RateLimit-Reset"));
            assertTrue(reset >= 1 && reset <= 60, "reset " + reset);
        }
        ApiHarness.Answer limited = api.get("/recordings", token);
        assertEquals(429, limited.status());
        assertEquals("rate_limited", limited.json().get("error").asText());
        int retry = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 60);
        assertEquals("0", limited.header("X-RateLimit-Remaining"));
        for (int i = 0; i < 20; i++) {
            assertEquals(200, api.get("/health", null).status());
            assertEquals(200, api.get("/metrics", null).status());
        }
        assertEquals(null, api.get("/health", null).header("X-RateLimit-Limit"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        api = new ApiHarness(dir);
        api.addUser("cleo", "clinician");
        String token = api.token("cleo");
        Map<String, String> body = Map.of("mrn", "MRN-1", "name", "Ada");
        ApiHarness.Answer first = api.postJson("/patients", token, body, "key-123");
        ApiHarness.Answer again = api.postJson("/patients", token, body, "key-123");
        assertEquals(201, first.status());
        assertEquals(201, again.status(), "the repeat is answered like the first, not with 409");
        assertEquals(first.json(), again.json());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, api.get("/patients", token).json().get("total").asInt());
        ApiHarness.Answer other = api.postJson("/patients", token, Map.of("mrn", "MRN-2"), "key-123");
        assertEquals(422, other.status());
        assertEquals("idempotency_key_reused", other.json().get("error").asText());
        // Without a key the same POST is a new request: the MRN now clashes.
        assertEquals(409, api.postJson("/patients", token, body).status());
    }

    @Test
    void idempotentUploadImportsOnce() throws Exception {
        api = new ApiHarness(dir);
        api.addUser("tess", "technician");
        String token = api.token("tess");
        Path file = SharedData.data("format/mne-testing-data/subsecond_starttime.edf");
        ApiHarness.Answer a = api.call(api.builder("/recordings", token).header("Idempotency-Key", "up-1")
                .post(okhttp3.RequestBody.create(file.toFile(), okhttp3.MediaType.get("application/octet-stream"))));
        ApiHarness.Answer b = api.call(api.builder("/recordings", token).header("Idempotency-Key", "up-1")
                .post(okhttp3.RequestBody.create(file.toFile(), okhttp3.MediaType.get("application/octet-stream"))));
        assertEquals(201, a.status(), a.text());
        assertEquals(a.json().get("id"), b.json().get("id"));
        assertEquals(1, api.get("/recordings", token).json().get("total").asInt());
    }

    @Test
    void auditTrailRecordsApiActivityAndCatchesTampering() throws Exception {
        api = new ApiHarness(dir);
        api.addUser("ann", "admin");
        api.addUser("cleo", "clinician");
        api.postJson("/auth/login", null, Map.of("username", "cleo", "password", "wrong password"));
        String cleo = api.token("cleo");
        long pid = api.postJson("/patients", cleo, Map.of("mrn", "MRN-9", "name", "Ada")).json().get("id").asLong();
        api.get("/patients/" + pid, cleo);
        String admin = api.token("ann");

        JsonNode v = api.get("/audit/verify", admin).json();
        assertTrue(v.get("ok").asBoolean(), v.toString());
        JsonNode rows = api.get("/audit?actor=cleo&size=50", admin).json();
        StringBuilder actions = new StringBuilder();
        rows.get("items").forEach(r -> actions.append(r.get("action").asText()).append(' '));
        for (String expected : new String[]{"user.login.failed", "user.login", "patient.create", "phi.read"}) {
            assertTrue(actions.toString().contains(expected), expected + " in " + actions);
        }
        JsonNode read = api.get("/audit?action=phi.read&entity_id=" + pid, admin).json().get("items").get(0);
        assertEquals("api", read.get("origin").asText());
        assertEquals("127.0.0.1", read.get("address").asText());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + api.db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET actor = 'nobody' WHERE action = 'phi.read'");
        }
        JsonNode broken = api.get("/audit/verify", admin).json();
        assertFalse(broken.get("ok").asBoolean());
        assertNotNull(broken.get("first_bad_row").asText());
        assertEquals("degraded", api.get("/health/detailed", admin).json().get("status").asText());
    }

    @Test
    void metricsAreCountedPerRoute() {
        api = new ApiHarness(dir);
        api.get("/health", null);
        api.get("/recordings", null);
        String text = api.get("/metrics", null).text();
        assertTrue(text.contains("brrr_http_requests_total{method=\"GET\",route=\"/api/v1/health\",status=\"200\"} 1"), text);
        assertTrue(text.contains("route=\"/api/v1/recordings\",status=\"401\"}"), text);
        assertTrue(text.contains("# TYPE brrr_http_request_duration_seconds histogram"));
    }

    @Test
    void requestIdFromTheClientIsEchoed() {
        api = new ApiHarness(dir);
        ApiHarness.Answer a = api.call(api.builder("/recordings", null).header("X-Request-Id", "abc-123"));
        assertEquals("abc-123", a.header("X-Request-Id"));
        assertEquals("abc-123", a.json().get("request_id").asText());
        ApiHarness.Answer unknown = api.get("/no/such/route", null);
        assertEquals(404, unknown.status());
        assertEquals("route_not_found", unknown.json().get("error").asText());
        assertTrue(new ObjectMapper().valueToTree(unknown.json()).has("request_id"));
    }
}
