package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.PatientService;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Demographics from the FHIR emulator into the worklist, by identifier and by name. */
class PatientImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode patient(String mrn, String family, String given, String birth, String gender) throws Exception {
        return (ObjectNode) JSON.readTree("{\"resourceType\":\"Patient\",\"identifier\":[{\"type\":{\"coding\":[{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v2-0203\",\"code\":\"MR\"}]},\"system\":\"urn:hospital:mrn\",\"value\":\""
                + mrn + "\"}],\"name\":[{\"family\":\"" + family + "\",\"given\":[\"" + given + "\"]}],\"birthDate\":\"" + birth
                + "\",\"gender\":\"" + gender + "\"}");
    }

    @Test
    void importsByIdentifierAndByNameWithoutDuplicates() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        PatientStore store = new PatientStore(db);
        PatientService service = new PatientService(store, Pseudonymizer.of(new InstallationSecrets(db)), new AuditTrail(db));
        PatientImport imports = new PatientImport(service, "urn:brain-go-brrr:mrn");
        Subject admin = Subject.local("cli", "localhost");
        try (MockFhirServer fhir = new MockFhirServer(null)) {
            fhir.addPatient(patient("H-1", "Curie", "Marie", "1867-11-07", "female"));
            fhir.addPatient(patient("H-2", "Curie", "Pierre", "1859-05-15", "male"));
            FhirClient client = new FhirClient(new OkHttpClient(), FhirEndpoint.bearer(fhir.base(), null), Clock.systemUTC());

            List<PatientImport.Imported> one = imports.run(admin, client, "urn:hospital:mrn|H-1", null);
            assertEquals(List.of(new PatientImport.Imported("H-1", "Marie Curie", "1867-11-07", "F", "created")), one);
            Patient p = store.findByMrn("H-1").orElseThrow();
            assertEquals(LocalDate.of(1867, 11, 7), p.birthDate());

            List<PatientImport.Imported> both = imports.run(admin, client, null, "curie");
            assertEquals(List.of("exists", "created"), both.stream().map(PatientImport.Imported::outcome).toList());
            assertEquals("M", store.findByMrn("H-2").orElseThrow().sex());

            Subject researcher = new Subject(7L, "r", Role.RESEARCHER, "api", "127.0.0.1");
            fhir.addPatient(patient("H-3", "Bohr", "Niels", "1885-10-07", "male"));
            assertThrows(PermissionDeniedException.class, () -> imports.run(researcher, client, null, "bohr"));
            assertEquals(true, store.findByMrn("H-3").isEmpty());
        }
    }
}
