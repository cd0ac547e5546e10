package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A study pushed for a patient the hospital's server already holds: with the hospital's MRN system set, the report
 * points at the hospital's own patient and leaves that record as it was; with this workstation's default namespace
 * the server cannot match it and makes a second patient (what `sync configure-fhir` warns about).
 */
class HospitalPatientMatchTest {
    private static final String HOSPITAL_MRN = "urn:oid:1.2.36.146.595.217.0.1";

    @TempDir
    Path dir;

    private static ObjectNode hospitalsPatient() throws Exception {
        // the fixture's patient MRN-7 as the hospital keeps her: its own MRN system, a national id, its spelling
        return (ObjectNode) new ObjectMapper().readTree("{\"resourceType\":\"Patient\",\"identifier\":["
                + "{\"system\":\"" + HOSPITAL_MRN + "\",\"value\":\"MRN-7\"},"
                + "{\"system\":\"http://ns.electronichealth.net.au/id/hi/ihi/1.0\",\"value\":\"8003608166690503\"}],"
                + "\"name\":[{\"family\":\"HOPPER\",\"given\":[\"Grace\",\"Brewster\"]}],\"birthDate\":\"1950-12-09\"}");
    }

    private static FhirPush push(Database db) {
        return new FhirPush(new StudyLoader(db, ZoneOffset.UTC),
                new FhirBundle("urn:brain-go-brrr:test", () -> SyncServices.mrnSystem(new InstallationSettings(db))),
                java.util.Optional::empty, new OkHttpClient(), Clock.systemUTC(), "Sleep lab");
    }

    @Test
    void withTheHospitalsMrnSystemTheReportJoinsItsPatientAndLeavesHerRecordAlone() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        FhirFixture f = new FhirFixture(db, true, true);
        new InstallationSettings(db).setFhirMrnSystem(Subject.local("cli", "localhost"), HOSPITAL_MRN);
        try (MockFhirServer fhir = new MockFhirServer(null)) {
            ObjectNode before = hospitalsPatient();
            fhir.addPatient(before);
            String hers = "Patient/" + before.get("id").asText();
            ObjectNode snapshot = before.deepCopy();

            FhirPush.Result r = push(db).push(f.recordingId, FhirEndpoint.bearer(fhir.base(), null));
            assertEquals("200 OK", r.status().get(0), "the patient entry matched: " + r.status());
            assertEquals(1, fhir.count("Patient"));
            assertEquals(snapshot, fhir.resources.get(hers), "the hospital's patient record is unchanged");
            ObjectNode report = fhir.resources.values().stream()
                    .filter(o -> "DiagnosticReport".equals(o.path("resourceType").asText())).findFirst().orElseThrow();
            assertEquals(hers, report.get("subject").get("reference").asText());
        }
    }

    @Test
    void underTheWorkstationsOwnNamespaceTheServerCannotMatchHerAndMakesASecondPatient() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        FhirFixture f = new FhirFixture(db, true, true);
        try (MockFhirServer fhir = new MockFhirServer(null)) {
            fhir.addPatient(hospitalsPatient());
            push(db).push(f.recordingId, FhirEndpoint.bearer(fhir.base(), null));
            assertEquals(2, fhir.count("Patient"));
            assertTrue(fhir.resources.values().stream().anyMatch(p -> p.path("identifier").toString().contains("urn:brain-go-brrr:mrn")),
                    "the duplicate carries the default system");
        }
    }
}
