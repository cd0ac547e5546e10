package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, lockout, refresh rotation and revocation over real HTTP. */
class AuthApiTest {
    @TempDir
    Path dir;
    private ApiHarness api;

    @BeforeEach
    void start() {
        api = new ApiHarness(dir);
        api.addUser("ann", "admin");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void passwordGrantGivesBearerTokensThatOpenMe() {
        ApiHarness.Answer a = api.postForm("/auth/token", Map.of("grant_type", "password", "username", "ann",
                "password", ApiHarness.PASSWORD));
        assertEquals(200, a.status(), a.text());
        JsonNode t = a.json();
        assertEquals("Bearer", t.get("token_type").asText());
        assertEquals(900, t.get("expires_in").asInt());
        assertEquals(3, t.get("access_token").asText().split("\\.").length, "a JWT has three parts");
        ApiHarness.Answer me = api.get("/auth/me", t.get("access_token").asText());
        assertEquals(200, me.status());
        assertEquals("ann", me.json().get("username").asText());
        assertEquals("admin", me.json().get("role").asText());
    }

    @Test
    void wrongPasswordOnTheTokenEndpointIsInvalidGrant() {
        ApiHarness.Answer a = api.postForm("/auth/token", Map.of("grant_type", "password", "username", "ann", "password", "nope nope"));
        assertEquals(400, a.status());
        assertEquals("invalid_grant", a.json().get("error").asText());
        assertErrorShape(a);
        ApiHarness.Answer b = api.postForm("/auth/token", Map.of("grant_type", "client_credentials"));
        assertEquals("unsupported_grant_type", b.json().get("error").asText());
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        for (int i = 0; i < 5; i++) {
            ApiHarness.Answer a = api.postJson("/auth/login", null, Map.of("username", "ann", "password", "wrong password"));
            assertEquals(401, a.status());
            assertEquals("unauthorized", a.json().get("error").asText());
        }
        ApiHarness.Answer locked = api.postJson("/auth/login", null, Map.of("username", "ann", "password", ApiHarness.PASSWORD));
        assertEquals(401, locked.status());
        assertEquals("account_locked", locked.json().get("error").asText());
        assertTrue(locked.json().get("details").get("locked_until").asText().endsWith("Z"));
    }

    @Test
    void refreshTokensRotateAndReuseRevokesTheFamily() {
        JsonNode first = api.postJson("/auth/login", null, Map.of("username", "ann", "password", ApiHarness.PASSWORD)).json();
        String r1 = first.get("refresh_token").asText();
        ApiHarness.Answer second = api.postJson("/auth/refresh", null, Map.of("refresh_token", r1));
        assertEquals(200, second.status(), second.text());
        String r2 = second.json().get("refresh_token").asText();
        assertNotEquals(r1, r2);
        assertEquals(200, api.get("/auth/me", second.json().get("access_token").asText()).status());

        // r1 was used: presenting it again is theft; it fails and takes r2 down with it.
        ApiHarness.Answer replay = api.postJson("/auth/refresh", null, Map.of("refresh_token", r1));
        assertEquals(401, replay.status());
        assertEquals("invalid_token", replay.json().get("error").asText());
        assertEquals(401, api.postJson("/auth/refresh", null, Map.of("refresh_token", r2)).status());
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String r = api.postJson("/auth/login", null, Map.of("username", "ann", "password", ApiHarness.PASSWORD))
                .json().get("refresh_token").asText();
        assertEquals(204, api.postJson("/auth/logout", null, Map.of("refresh_token", r)).status());
        ApiHarness.Answer after = api.postForm("/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", r));
        assertEquals(400, after.status());
        assertTrue(after.json().get("message").asText().contains("revoked"), after.text());
    }

    @Test
    void missingOrForgedTokensAreRefused() {
        ApiHarness.Answer none = api.get("/recordings", null);
        assertEquals(401, none.status());
        assertErrorShape(none);
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        String token = api.token("ann");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals("invalid_token", api.get("/recordings", forged).json().get("error").asText());
        assertEquals(401, api.get("/recordings", "not-a-jwt").status());
    }

    @Test
    void malformedLoginBodiesAreClearErrors() {
        ApiHarness.Answer notJson = api.postBytes("/auth/login", null, "{\"username\":".getBytes(), "application/json");
        assertEquals(400, notJson.status());
        assertTrue(notJson.json().get("message").asText().contains("not valid JSON"), notJson.text());
        ApiHarness.Answer text = api.postBytes("/auth/login", null, "ann".getBytes(), "text/plain");
        assertEquals(415, text.status());
        ApiHarness.Answer missing = api.postJson("/auth/login", null, Map.of("username", "ann"));
        assertEquals(400, missing.status());
        assertTrue(missing.json().get("details").has("password"));
    }

    static void assertErrorShape(ApiHarness.Answer a) {
        JsonNode e = a.json();
        for (String f : new String[]{"error", "message", "details", "request_id"}) assertTrue(e.has(f), f + " in " + a.text());
        assertEquals(a.header("X-Request-Id"), e.get("request_id").asText());
    }
}
