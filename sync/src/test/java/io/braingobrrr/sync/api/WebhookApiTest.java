package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.testing.RawBytes;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.fhir.FhirEndpoint;
import io.braingobrrr.sync.fhir.FhirEndpoints;
import io.braingobrrr.sync.outbox.OutboxTestAccess;
import io.braingobrrr.sync.outbox.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook subscriptions and the queue over real HTTP: admin only, secret shown once, ping delivered signed. */
class WebhookApiTest {
    @TempDir
    Path dir;
    ApiHarness api;
    String admin;

    @BeforeEach
    void start() {
        api = new ApiHarness(dir, ApiHarnessConfigs.smallUploads());
        api.addUser("root", "admin");
        api.addUser("tech", "technician");
        admin = api.token("root");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void adminSubscribesPingsAndSeesTheDelivery() throws Exception {
        try (var receiver = OutboxTestAccess.receiver()) {
            ApiHarness.Answer created = api.postJson("/webhooks", admin, Map.of("url", receiver.url(),
                    "description", "hospital", "event_types", List.of("report.signed")));
            assertEquals(201, created.status(), created.text());
            JsonNode w = created.json();
            String secret = w.get("secret").asText();
            assertTrue(secret.startsWith("whsec_"), secret);
            assertEquals(List.of("report.signed"), List.of(w.get("event_types").get(0).asText()));
            long id = w.get("id").asLong();
            assertTrue(api.get("/webhooks/" + id, admin).json().get("secret").isNull(), "the secret is shown only at creation");
            assertTrue(api.get("/webhooks", admin).json().get("items").get(0).get("secret").isNull());

            assertEquals(202, api.postJson("/webhooks/" + id + "/ping", admin, Map.of()).status());
            OutboxTestAccess.secrets(receiver, List.of(secret));
            SyncServices s = new SyncServices(api.db, RetryPolicy.defaults(), Clock.systemUTC());
            while (s.engine().step() > 0) { /* deliver what is due */ }
            assertEquals(1, OutboxTestAccess.validDeliveries(receiver), "the ping arrived with a valid signature");

            JsonNode deliveries = api.get("/webhooks/" + id + "/deliveries", admin).json();
            assertEquals(1, deliveries.get("total").asInt());
            JsonNode d = deliveries.get("items").get(0);
            assertEquals("webhook.ping", d.get("event_type").asText());
            assertEquals("delivered", d.get("status").asText());
            assertEquals(1, d.get("attempts").asInt());

            assertEquals(204, api.postJson("/outbox/" + d.get("id").asLong() + "/redeliver", admin, Map.of()).status());
            assertEquals(409, api.postJson("/outbox/" + d.get("id").asLong() + "/redeliver", admin, Map.of()).status(),
                    "a pending row cannot be redelivered");
            assertEquals(204, api.postJson("/outbox/destinations/webhook:" + id + "/pause", admin, Map.of()).status());
            JsonNode dest = api.get("/outbox/destinations", admin).json().get("destinations").get(0);
            assertEquals("webhook:" + id, dest.get("name").asText());
            assertTrue(dest.get("paused").asBoolean());
            assertEquals(1, dest.get("pending").asInt());
        }
    }

    @Test
    void nonAdminsAreRefusedAndBadInputNamesTheField() {
        String tech = api.token("tech");
        assertEquals(403, api.get("/webhooks", tech).status());
        assertEquals(403, api.postJson("/webhooks", tech, Map.of("url", "http://127.0.0.1:9/x")).status());
        assertEquals(403, api.get("/outbox", tech).status());
        ApiHarness.Answer bad = api.postJson("/webhooks", admin, Map.of("url", "ftp://example.org/x"));
        assertEquals(422, bad.status());
        assertTrue(bad.json().get("details").has("url"), bad.text());
        ApiHarness.Answer badType = api.postJson("/webhooks", admin, Map.of("url", "https://example.org/x",
                "event_types", List.of("Report Signed")));
        assertEquals(422, badType.status());
        assertTrue(badType.json().get("details").has("event_types"), badType.text());
        assertEquals(404, api.get("/webhooks/99", admin).status());
        assertEquals(422, api.get("/outbox?status=lost", admin).status());
        assertEquals(422, api.postJson("/outbox/destinations/elsewhere/pause", admin, Map.of()).status());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEventPayload() {
        JsonNode doc = api.get("/openapi.json", null).json();
        JsonNode hook = doc.get("webhooks").get("analysis.completed").get("post");
        assertEquals("#/components/schemas/Event_analysis_completed",
                hook.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText());
        List<String> headers = new java.util.ArrayList<>();
        hook.get("parameters").forEach(p -> headers.add(p.get("name").asText()));
        assertEquals(List.of("webhook-id", "webhook-timestamp", "webhook-signature"), headers);
        JsonNode data = doc.get("components").get("schemas").get("Event_analysis_completed").get("properties").get("data");
        assertEquals("integer", data.get("properties").get("recording_id").get("type").asText());
        assertFalse(doc.get("webhooks").has("unknown.event"));
        assertEquals("string", doc.get("paths").get("/outbox/destinations/{name}/pause").get("post").get("parameters")
                .get(0).get("schema").get("type").asText());
    }

    /**
     * A fresh database file holds no secret in clear (ADR 0018): after a subscription made with an
     * Idempotency-Key (whose replayed answer carries the secret), a rotation and a FHIR endpoint with OAuth2
     * credentials, none of those secrets nor the JWT key occurs in the bytes of brrr.db or brrr.db-wal,
     * while they still work: the replay repeats the secret and deliveries are signed with both secrets.
     */
    @Test
    void noSecretIsInTheDatabaseFileOrItsWal() throws Exception {
        try (var receiver = OutboxTestAccess.receiver()) {
            ApiHarness.Answer created = api.postJson("/webhooks", admin, Map.of("url", receiver.url()), "hook-1");
            assertEquals(201, created.status(), created.text());
            String first = created.json().get("secret").asText();
            long id = created.json().get("id").asLong();
            ApiHarness.Answer replayed = api.postJson("/webhooks", admin, Map.of("url", receiver.url()), "hook-1");
            assertEquals("true", replayed.header("Idempotent-Replayed"));
            assertEquals(first, replayed.json().get("secret").asText(), "the sealed replay body opens to the same answer");

            ApiHarness.Answer rotated = api.postJson("/webhooks/" + id + "/secret", admin, Map.of("overlap_hours", 1));
            assertEquals(201, rotated.status(), rotated.text());
            String second = rotated.json().get("secret").asText();
            assertNotEquals(first, second);

            String clientSecret = "fhir-client-secret-7d0c1e93b2";
            String token = "fhir-static-token-41aa07";
            FhirEndpoints endpoints = new FhirEndpoints(api.db);
            endpoints.configure(new FhirEndpoint("https://fhir.example/r4", "client_credentials", token,
                    "https://fhir.example/token", "brrr", clientSecret));
            FhirEndpoint read = new FhirEndpoints(api.db).active().orElseThrow();
            assertEquals(clientSecret, read.clientSecret());
            assertEquals(token, read.token());

            // During the overlap both sealed secrets open and sign: one valid signature per secret.
            assertEquals(202, api.postJson("/webhooks/" + id + "/ping", admin, Map.of()).status());
            OutboxTestAccess.secrets(receiver, List.of(first, second));
            SyncServices s = new SyncServices(api.db, RetryPolicy.defaults(), Clock.systemUTC());
            while (s.engine().step() > 0) { /* deliver what is due */ }
            assertEquals(1, OutboxTestAccess.validDeliveries(receiver), "the ping arrived signed with both secrets");

            byte[] jwtKey = new InstallationSecrets(api.db).getOrCreate(TokenService.KEY_NAME, 32);
            Path db = dir.resolve("brrr.db");
            Path wal = dir.resolve("brrr.db-wal");
            assertTrue(Files.size(db) + Files.size(wal) > 0);
            for (String secret : List.of(first, second, first.substring("whsec_".length()), clientSecret, token)) {
                assertFalse(RawBytes.occursIn(secret.getBytes(StandardCharsets.UTF_8), db, wal), secret + " is in the database file or its WAL");
            }
            assertFalse(RawBytes.occursIn(jwtKey, db, wal), "the JWT signing key is in the database file or its WAL");
            assertTrue(RawBytes.occursIn("https://fhir.example/token".getBytes(StandardCharsets.UTF_8), db, wal),
                    "the search itself works: a stored non-secret value is found");
        }
    }
}
