package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.braingobrrr.core.outbox.Outbox;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** brrr sync status / deliver / list / pause / resume / retry / redeliver on a real database and a receiver on 127.0.0.1. */
class SyncCommandsTest {
    @TempDir
    Path dir;

    @Test
    void statusDeliverPauseAndRetryFromTheCommandLine() throws Exception {
        String db = dir.resolve("brrr.db").toString();
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            received.incrementAndGet();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            Database d = Database.open(Path.of(db));
            SyncServices s = SyncServices.create(d);
            s.webhooks().create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "cli", List.of());
            try (Connection c = d.connect()) {
                for (int i = 0; i < 3; i++) Outbox.record(c, "report.signed", null, "{\"report_id\":" + i + "}");
            }
            JsonNode status = CliRun.of("sync", "status", "--db", db, "--json").json();
            assertEquals("webhook:1", status.get("destinations").get(0).get("name").asText());
            assertEquals(3, status.get("destinations").get(0).get("pending").asInt());

            assertEquals(0, CliRun.of("sync", "pause", "webhook:1", "--db", db).status());
            JsonNode paused = CliRun.of("sync", "deliver", "--db", db, "--json").json();
            assertEquals(0, paused.get("attempts").asInt());
            assertEquals(0, received.get());
            assertEquals(0, CliRun.of("sync", "resume", "webhook:1", "--db", db).status());
            JsonNode done = CliRun.of("sync", "deliver", "--db", db, "--json").json();
            assertEquals(3, done.get("attempts").asInt());
            assertEquals(3, done.get("destinations").get(0).get("delivered").asInt());
            assertEquals(3, received.get());

            JsonNode list = CliRun.of("sync", "list", "--db", db, "--status", "delivered", "--json").json();
            assertEquals(3, list.get("total").asInt());
            assertEquals(1, list.get("items").get(0).get("attempts").asInt());
            assertEquals(0, CliRun.of("sync", "redeliver", "1", "--db", db).status());
            CliRun.of("sync", "deliver", "--db", db);
            assertEquals(4, received.get(), "redelivered once");

            CliRun missing = CliRun.of("sync", "retry", "--id", "99", "--db", db);
            assertEquals(2, missing.status());
            assertTrue(missing.err().contains("no outbox row 99"), missing.err());
            CliRun notDead = CliRun.of("sync", "retry", "--id", "1", "--db", db);
            assertEquals(2, notDead.status());
            assertTrue(notDead.err().contains("only dead rows"), notDead.err());
            CliRun badDest = CliRun.of("sync", "pause", "elsewhere", "--db", db);
            assertEquals(2, badDest.status());
            assertTrue(badDest.err().contains("fhir or webhook:<id>"), badDest.err());
            CliRun badBase = CliRun.of("sync", "fhir", "--recording", "1", "--base", "ftp://x", "--db", db);
            assertEquals(2, badBase.status());
            assertTrue(badBase.err().contains("--base"), badBase.err());

            assertEquals(2, CliRun.of("sync", "configure-fhir", "--base", "ftp://x", "--db", db).status());
            CliRun half = CliRun.of("sync", "configure-fhir", "--base", "https://fhir.example.org/r4", "--client-id", "c", "--db", db);
            assertEquals(2, half.status());
            assertTrue(half.err().contains("--token-url, --client-id and --client-secret-stdin"), half.err());
            JsonNode set = CliRun.of("sync", "configure-fhir", "--base", "https://fhir.example.org/r4", "--token", "t",
                    "--db", db, "--json").json();
            assertEquals("bearer", set.get("auth").asText());
            assertTrue(set.get("mrn_system_is_default").asBoolean());
            CliRun plain = CliRun.of("sync", "configure-fhir", "--base", "https://fhir.example.org/r4", "--token", "t", "--db", db);
            assertTrue(plain.err().contains("warning: urn:brain-go-brrr:mrn") && plain.err().contains("--mrn-system"), plain.err());
            CliRun badSystem = CliRun.of("sync", "configure-fhir", "--base", "https://fhir.example.org/r4", "--token", "t",
                    "--mrn-system", "hospital-mrn", "--db", db);
            assertEquals(2, badSystem.status());
            assertTrue(badSystem.err().contains("--mrn-system") && badSystem.err().contains("hospital-mrn"), badSystem.err());
            CliRun hospital = CliRun.of("sync", "configure-fhir", "--base", "https://fhir.example.org/r4", "--token", "t",
                    "--mrn-system", "urn:oid:1.2.36.146.595.217.0.1", "--db", db);
            assertEquals(0, hospital.status(), hospital.err());
            assertTrue(hospital.out().contains("MRN system urn:oid:1.2.36.146.595.217.0.1"), hospital.out());
            assertEquals("", hospital.err());
            assertEquals("https://fhir.example.org/r4", SyncServices.create(Database.open(Path.of(db))).fhirEndpoints()
                    .active().orElseThrow().baseUrl());
        } finally {
            receiver.stop(0);
        }
    }
}
