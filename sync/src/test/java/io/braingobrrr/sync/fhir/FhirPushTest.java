package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.DestinationSummary;
import io.braingobrrr.sync.outbox.OutboxEntry;
import io.braingobrrr.sync.outbox.RetryPolicy;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The study bundle against a FHIR emulator with conditional create/update: a re-send creates nothing new. */
class FhirPushTest {
    @TempDir
    Path dir;

    private static FhirPush push(Database db) {
        return new FhirPush(new StudyLoader(db, ZoneOffset.ofHours(1)), new FhirBundle("urn:brain-go-brrr:test"),
                java.util.Optional::empty, new OkHttpClient(), Clock.systemUTC(), "Sleep lab");
    }

    @Test
    void aResendUpdatesTheSameResourcesAndCreatesNoDuplicate() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        FhirFixture f = new FhirFixture(db, true, true);
        try (MockFhirServer fhir = new MockFhirServer("tok-1")) {
            FhirEndpoint to = FhirEndpoint.bearer(fhir.base(), "tok-1");
            FhirPush.Result first = push(db).push(f.recordingId, to);
            // Patient, 9 sleep statistics + 2 event indexes, the report.
            assertEquals(13, first.bundleEntries());
            assertEquals(200, first.httpStatus());
            assertTrue(first.status().stream().allMatch("201 Created"::equals), first.status().toString());
            FhirPush.Result again = push(db).push(f.recordingId, to);
            assertTrue(again.status().stream().allMatch("200 OK"::equals), again.status().toString());
            assertEquals(1, fhir.count("Patient"));
            assertEquals(1, fhir.count("DiagnosticReport"));
            assertEquals(11, fhir.count("Observation"));
            assertEquals(List.of("Bearer tok-1", "Bearer tok-1"), fhir.authorizations);

            ObjectNode report = fhir.resources.get("DiagnosticReport/13");
            assertEquals("Patient/1", report.get("subject").get("reference").asText());
            assertEquals("2026-03-01T22:30:00+01:00", report.get("effectiveDateTime").asText());
            assertEquals("Reduced sleep efficiency; no apnoea data.", report.get("conclusion").asText());
            assertEquals("psg-report", report.get("code").get("coding").get(0).get("code").asText());
            assertArrayEquals(FhirFixture.PDF, Base64.getDecoder().decode(report.get("presentedForm").get(0).get("data").asText()));
            for (JsonNode r : report.get("result")) assertTrue(fhir.resources.containsKey(r.get("reference").asText()), r.toString());
            JsonNode tst = fhir.resources.values().stream().filter(o -> o.path("code").path("coding").get(0) != null
                    && "93832-4".equals(o.path("code").path("coding").get(0).path("code").asText())).findFirst().orElseThrow();
            assertEquals(402.5, tst.get("valueQuantity").get("value").asDouble());
            assertEquals("min", tst.get("valueQuantity").get("code").asText());
            JsonNode spindles = fhir.resources.values().stream().filter(o -> o.path("code").path("text").asText()
                    .startsWith("spindles")).findFirst().orElseThrow();
            assertEquals("/h", spindles.get("valueQuantity").get("code").asText());
            assertEquals(0.3, spindles.get("valueQuantity").get("value").asDouble(), 1e-9);    // 2 in 8 h, rounded to 0.1
        }
    }

    @Test
    void theOutboxPushesACompletedStudyAndARedeliveryDuplicatesNothing() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        SyncServices s = new SyncServices(db, RetryPolicy.defaults(), Clock.systemUTC());
        try (MockFhirServer fhir = new MockFhirServer(null)) {
            s.fhirEndpoints().configure(FhirEndpoint.bearer(fhir.base(), null));
            new FhirFixture(db, true, false);            // analysis.completed is recorded with the status change
            while (s.engine().step() > 0) { /* deliver */ }
            OutboxEntry sent = s.queue().list("delivered", "fhir", 1, 10).items().get(0);
            assertEquals("analysis.completed", sent.eventType());
            s.queue().redeliver(sent.id(), s.clock().instant());
            while (s.engine().step() > 0) { /* deliver again */ }
            assertEquals(new DestinationSummary("fhir", 0, 1, 0, false),
                    s.queue().summary().stream().filter(d -> d.name().equals("fhir")).findFirst().orElseThrow());
            assertEquals(1, fhir.count("Patient"));
            assertEquals(1, fhir.count("DiagnosticReport"));
            assertEquals(11, fhir.count("Observation"));
        }
    }

    @Test
    void oauth2ClientCredentialsFetchOneTokenAndReuseIt() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        FhirFixture f = new FhirFixture(db, true, false);
        try (MockFhirServer fhir = new MockFhirServer("issued-42")) {
            String tokenUrl = fhir.base().replace("/fhir", "/token");
            FhirEndpoint to = new FhirEndpoint(fhir.base(), "client_credentials", null, tokenUrl, "brrr", "s3cret");
            FhirClient client = new FhirClient(new OkHttpClient(), to, Clock.systemUTC());
            JsonNode bundle = push(db).bundle(f.recordingId);
            assertEquals(200, client.transaction(bundle).httpStatus());
            assertEquals(200, client.transaction(bundle).httpStatus());
            assertEquals(1, fhir.tokenRequests.size(), "the token is reused until it expires");
            assertEquals(List.of("Bearer issued-42", "Bearer issued-42"), fhir.authorizations);
            FhirEndpoint wrong = new FhirEndpoint(fhir.base(), "client_credentials", null, tokenUrl, "brrr", "guess");
            java.io.IOException e = assertThrows(java.io.IOException.class,
                    () -> new FhirClient(new OkHttpClient(), wrong, Clock.systemUTC()).transaction(bundle));
            assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
        }
    }

    @Test
    void aRecordingWithoutPatientIsRefusedByNameAndABadTokenIsReported() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        FhirFixture f = new FhirFixture(db, false, false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> push(db).bundle(f.recordingId));
        assertTrue(e.fieldErrors().get("recording").contains("no patient"), e.fieldErrors().toString());
        Database db2 = Database.open(dir.resolve("b.db"));
        FhirFixture g = new FhirFixture(db2, true, false);
        try (MockFhirServer fhir = new MockFhirServer("right")) {
            FhirPush.Result r = push(db2).push(g.recordingId, FhirEndpoint.bearer(fhir.base(), "wrong"));
            assertEquals(401, r.httpStatus());
            assertTrue(r.error().contains("HTTP 401"), r.error());
            assertEquals(0, fhir.count("Patient"));
        }
    }
}
