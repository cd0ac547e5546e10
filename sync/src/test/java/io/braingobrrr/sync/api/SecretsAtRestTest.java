package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.InstallationSecrets;
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

/**
 * A fresh database file holds no secret in clear: after a webhook subscription made over HTTP (with an
 * Idempotency-Key, whose replayed answer carries the secret), a secret rotation and a FHIR endpoint with
 * OAuth2 credentials, none of those secrets (nor the JWT signing key) occurs in the raw bytes of brrr.db
 * or brrr.db-wal, while they still work: the replay repeats the secret and deliveries are signed with it.
 */
class SecretsAtRestTest {
    @TempDir
    Path dir;
    ApiHarness api;
    String admin;

    @BeforeEach
    void start() {
        api = new ApiHarness(dir, ApiHarnessConfigs.smallUploads());
        api.addUser("root", "admin");
        admin = api.token("root");
    }

    @AfterEach
    void stop() {
        api.close();
    }

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
                assertFalse(occursIn(secret.getBytes(StandardCharsets.UTF_8), db, wal), secret + " is in the database file or its WAL");
            }
            assertFalse(occursIn(jwtKey, db, wal), "the JWT signing key is in the database file or its WAL");
            assertTrue(occursIn("https://fhir.example/token".getBytes(StandardCharsets.UTF_8), db, wal),
                    "the search itself works: a stored non-secret value is found");
        }
    }

    private static boolean occursIn(byte[] needle, Path... files) throws Exception {
        for (Path p : files) {
            byte[] hay = Files.readAllBytes(p);
            outer:
            for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
                return true;
            }
        }
        return false;
    }
}
