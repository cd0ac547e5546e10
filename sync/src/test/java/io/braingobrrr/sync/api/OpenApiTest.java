package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document names exactly the routes the server answers. */
class OpenApiTest {
    @TempDir
    static Path dir;
    private static ApiHarness api;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        api = new ApiHarness(dir);
        ApiHarness.Answer a = api.get("/openapi.json", null);
        assertEquals(200, a.status());
        doc = a.json();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** What this issue built; a route dropped from the server or the document fails here. */
    private static final Set<String> EXPECTED = Set.of(
            "POST /auth/token", "POST /auth/login", "POST /auth/refresh", "POST /auth/logout", "GET /auth/me",
            "GET /users", "POST /users", "GET /users/{id}", "GET /patients", "POST /patients", "GET /patients/{id}",
            "GET /recordings", "POST /recordings", "GET /recordings/{id}", "DELETE /recordings/{id}",
            "GET /recordings/{id}/file", "GET /recordings/{id}/samples", "GET /recordings/{id}/annotations",
            "GET /audit", "GET /audit/verify", "GET /health", "GET /health/detailed", "GET /metrics", "GET /openapi.json",
            "GET /webhooks", "POST /webhooks", "GET /webhooks/{id}", "PATCH /webhooks/{id}", "DELETE /webhooks/{id}",
            "POST /webhooks/{id}/ping", "POST /webhooks/{id}/secret", "GET /webhooks/{id}/deliveries",
            "GET /outbox", "GET /outbox/destinations", "POST /outbox/{id}/retry", "POST /outbox/{id}/redeliver",
            "POST /outbox/destinations/{name}/pause", "POST /outbox/destinations/{name}/resume");

    @Test
    void documentIsOpenApi31WithSecurityAndErrors() {
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertTrue(doc.has("webhooks"));
        assertEquals("bearer", doc.get("components").get("securitySchemes").get("bearer").get("scheme").asText());
        assertEquals("/api/v1/auth/token", doc.get("components").get("securitySchemes").get("oauth2").get("flows")
                .get("password").get("tokenUrl").asText());
        JsonNode get = doc.get("paths").get("/recordings").get("get");
        assertEquals("#/components/schemas/Error", get.get("responses").get("401").get("content").get("application/json")
                .get("schema").get("$ref").asText());
    }

    @Test
    void documentListsExactlyTheExpectedRoutes() {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> e = p.next();
            e.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + e.getKey()));
        }
        assertEquals(new TreeSet<>(EXPECTED), documented);
    }

    @Test
    void everyDocumentedRouteExistsOnTheServer() {
        for (String route : EXPECTED) {
            String[] mp = route.split(" ");
            String path = mp[1].replace("{id}", "1").replace("{name}", "fhir");
            okhttp3.Request.Builder b = api.builder(path, null);
            switch (mp[0]) {
                case "GET" -> b.get();
                case "DELETE" -> b.delete();
                case "PATCH" -> b.patch(okhttp3.RequestBody.create(new byte[0], null));
                default -> b.post(okhttp3.RequestBody.create(new byte[0], null));
            }
            ApiHarness.Answer a = api.call(b);
            String error = a.status() >= 400 && a.bytes().length > 0 ? a.json().path("error").asText() : "";
            assertNotEquals("route_not_found", error, route);
            assertNotEquals(405, a.status(), route);
        }
    }
}
