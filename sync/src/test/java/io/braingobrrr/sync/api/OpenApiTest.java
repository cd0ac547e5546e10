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
            "PATCH /users/{id}", "POST /users/{id}/password", "PUT /patients/{id}", "POST /recordings/{id}/annotations",
            "GET /integrations/clients", "POST /integrations/clients", "GET /integrations/clients/{id}",
            "DELETE /integrations/clients/{id}",
            "POST /analyses", "POST /recordings/{id}/analyses", "POST /analyses/batch", "GET /analyses/{id}",
            "POST /analyses/{id}/cancel", "GET /results/{id}", "GET /results/{id}/summary",
            "GET /results/{id}/visualizations/{kind}", "GET /docs", "GET /docs/{asset}",
            "GET /devices", "GET /sessions", "POST /sessions", "GET /sessions/{id}", "POST /sessions/{id}/start",
            "POST /sessions/{id}/pause", "POST /sessions/{id}/resume", "POST /sessions/{id}/stop",
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
    void apiKeysArePartOfTheSecurityOfEveryProtectedRoute() {
        JsonNode scheme = doc.get("components").get("securitySchemes").get("apiKey");
        assertEquals("header", scheme.get("in").asText());
        assertEquals("X-API-Key", scheme.get("name").asText());
        JsonNode security = doc.get("paths").get("/analyses/{id}").get("get").get("security");
        assertTrue(security.toString().contains("apiKey") && security.toString().contains("bearer"), security.toString());
        JsonNode viz = doc.get("paths").get("/results/{id}/visualizations/{kind}").get("get");
        assertTrue(viz.get("responses").has("501"));
        assertTrue(viz.get("responses").get("200").get("content").has("image/png"));
        assertEquals("kind", viz.get("parameters").get(1).get("name").asText());
        assertTrue(doc.get("paths").get("/analyses").get("post").get("responses").has("202"));
    }

    @Test
    void responseSchemasAreTheRecordsTheHandlersSend() {
        JsonNode schemas = doc.get("components").get("schemas");
        JsonNode analysis = schemas.get("AnalysisView").get("properties");
        for (String field : new String[]{"id", "recording_id", "status", "progress", "stage", "results", "_links"}) {
            assertTrue(analysis.has(field), field + " missing from " + analysis);
        }
        assertEquals("number", analysis.get("progress").get("type").asText());
        assertEquals("#/components/schemas/ResultRef", analysis.get("results").get("items").get("$ref").asText());
        assertEquals("#/components/schemas/AnalysisView", doc.get("paths").get("/analyses/{id}").get("get").get("responses")
                .get("200").get("content").get("application/json").get("schema").get("$ref").asText());
        JsonNode clients = doc.get("paths").get("/integrations/clients").get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema").get("allOf");
        assertEquals("#/components/schemas/ClientView", clients.get(1).get("properties").get("items").get("items").get("$ref").asText());
        assertTrue(schemas.get("CreatedView").get("properties").has("api_key"));
        JsonNode result = doc.get("paths").get("/results/{id}").get("get").get("responses").get("200").get("content");
        assertTrue(result.has("application/json") && result.has("application/pdf"), result.toString());
    }

    @Test
    void docsPageLoadsSwaggerUiAndPointsAtTheDocument() {
        ApiHarness.Answer page = api.get("/docs", null);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.text().contains("url: \"/api/v1/openapi.json\""), page.text());
        for (String asset : new String[]{"swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"}) {
            assertTrue(page.text().contains("/api/v1/docs/" + asset), asset);
            ApiHarness.Answer a = api.get("/docs/" + asset, null);
            assertEquals(200, a.status(), asset);
            assertTrue(a.bytes().length > 100_000, asset + " is only " + a.bytes().length + " bytes");
        }
        assertTrue(api.get("/docs/swagger-ui-bundle.js", null).text().contains("SwaggerUIBundle"));
        ApiHarness.Answer missing = api.get("/docs/..%2F..%2Fpom.properties", null);
        assertEquals(404, missing.status());
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
            String path = mp[1].replace("{id}", "1").replace("{name}", "fhir").replaceAll("\\{\\w+}", "x");
            okhttp3.Request.Builder b = api.builder(path, null);
            switch (mp[0]) {
                case "GET" -> b.get();
                case "DELETE" -> b.delete();
                case "PATCH" -> b.patch(okhttp3.RequestBody.create(new byte[0], null));
                case "PUT" -> b.put(okhttp3.RequestBody.create(new byte[0], null));
                default -> b.post(okhttp3.RequestBody.create(new byte[0], null));
            }
            ApiHarness.Answer a = api.call(b);
            String error = a.status() >= 400 && a.bytes().length > 0 ? a.json().path("error").asText() : "";
            assertNotEquals("route_not_found", error, route);
            assertNotEquals(405, a.status(), route);
        }
    }
}
