package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Integration clients: a key shown once, stored hashed, acting with its role, revocable, rate limited per key. */
class IntegrationClientApiTest {
    @TempDir
    Path dir;
    private ApiHarness api;
    private String admin;

    @BeforeEach
    void start() {
        // Six requests per minute per client, to see one key run out while another does not.
        api = new ApiHarness(dir, ApiConfig.defaults().withRateLimit(6, Duration.ofMinutes(1)));
        api.addUser("ada", "admin");
        admin = api.token("ada");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode create(String name, String role) {
        ApiHarness.Answer a = api.postJson("/integrations/clients", admin, Map.of("name", name, "role", role));
        assertEquals(201, a.status(), a.text());
        return a.json();
    }

    @Test
    void keyIsShownOnceStoredHashedAndActsWithItsRole() throws Exception {
        JsonNode made = create("central-pacs", "researcher");
        String key = made.get("api_key").asText();
        assertTrue(key.startsWith("brrr_") && key.length() > 40, key);
        long id = made.get("client").get("id").asLong();
        assertEquals(key.substring(0, 11), made.get("client").get("key_prefix").asText());

        // Both header forms authenticate; the researcher role reads EEG but may not create patients.
        assertEquals(200, api.getWithKey("/recordings", key).status());
        ApiHarness.Answer apiKeyScheme = api.call(new Request.Builder().url(api.base + "/recordings")
                .header("Authorization", "ApiKey " + key).get());
        assertEquals(200, apiKeyScheme.status(), apiKeyScheme.text());
        ApiHarness.Answer denied = api.call(new Request.Builder().url(api.base + "/users").header("X-API-Key", key).get());
        assertEquals(403, denied.status());
        assertTrue(denied.json().get("message").asText().contains("researcher"), denied.text());

        // Listing and reading never show the key again.
        ApiHarness.Answer list = api.get("/integrations/clients", admin);
        assertEquals(200, list.status());
        assertFalse(list.text().contains(key), list.text());
        assertFalse(api.get("/integrations/clients/" + id, admin).text().contains(key));

        // Nowhere in the database file: not in api_clients, not in the audit trail, not in idempotency replays.
        try (Connection c = api.db.connect(); Statement st = c.createStatement()) {
            List<String> everything = new ArrayList<>();
            for (String sql : new String[]{"SELECT * FROM api_clients", "SELECT * FROM audit_log", "SELECT * FROM idempotency_keys"}) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) everything.add(String.valueOf(rs.getString(i)));
                    }
                }
            }
            assertFalse(String.join("|", everything).contains(key.substring(11)), "the key's secret part is stored somewhere");
        }
        api.server.close();
        byte[] file = Files.readAllBytes(dir.resolve("brrr.db"));
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(key.substring(11)));
    }

    @Test
    void revokedKeyIsRefusedAtOnceAndAudited() {
        JsonNode made = create("lab-sync", "technician");
        String key = made.get("api_key").asText();
        long id = made.get("client").get("id").asLong();
        assertEquals(200, api.getWithKey("/recordings", key).status());
        ApiHarness.Answer revoked = api.delete("/integrations/clients/" + id, admin);
        assertEquals(200, revoked.status(), revoked.text());
        assertFalse(revoked.json().get("revoked_at").isNull());
        ApiHarness.Answer after = api.getWithKey("/recordings", key);
        assertEquals(401, after.status());
        assertEquals("invalid_token", after.json().get("error").asText());
        assertTrue(after.json().get("message").asText().contains("revoked"), after.text());
        assertEquals(409, api.delete("/integrations/clients/" + id, admin).status());
        ApiHarness.Answer unknown = api.getWithKey("/recordings", "brrr_not-a-real-key");
        assertEquals(401, unknown.status());

        JsonNode audit = api.get("/audit?entity=client&size=50", admin).json().get("items");
        List<String> actions = new ArrayList<>();
        audit.forEach(row -> actions.add(row.get("action").asText()));
        assertTrue(actions.containsAll(List.of("client.create", "client.revoke", "client.auth.failed")), actions.toString());
    }

    @Test
    void eachKeyHasItsOwnRateLimit() {
        String first = create("first", "technician").get("api_key").asText();
        String second = create("second", "technician").get("api_key").asText();
        for (int i = 0; i < 6; i++) assertEquals(200, api.getWithKey("/recordings", first).status());
        ApiHarness.Answer limited = api.getWithKey("/recordings", first);
        assertEquals(429, limited.status());
        assertNotEquals(null, limited.header("Retry-After"));
        ApiHarness.Answer other = api.getWithKey("/recordings", second);
        assertEquals(200, other.status(), other.text());
        assertEquals("5", other.header("X-RateLimit-Remaining"));
    }

    @Test
    void onlyAdministratorsManageClientsAndBadFieldsAreNamed() {
        api.addUser("cleo", "clinician");
        String clinician = api.token("cleo");
        assertEquals(403, api.postJson("/integrations/clients", clinician, Map.of("name", "x1", "role", "admin")).status());
        assertEquals(403, api.get("/integrations/clients", clinician).status());
        ApiHarness.Answer bad = api.postJson("/integrations/clients", admin, Map.of("name", "!", "role", "boss"));
        assertEquals(422, bad.status());
        assertTrue(bad.json().get("details").has("name") && bad.json().get("details").has("role"), bad.text());
        create("dup", "researcher");
        assertEquals(409, api.postJson("/integrations/clients", admin, Map.of("name", "DUP", "role", "researcher")).status());
    }
}
