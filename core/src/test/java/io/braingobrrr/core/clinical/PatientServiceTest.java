package io.braingobrrr.core.clinical;

import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which patient data, on a real database. */
class PatientServiceTest {
    private static final Subject CLINICIAN = new Subject(1L, "cleo", Role.CLINICIAN, "api", "10.0.0.1");
    private static final Subject RESEARCHER = new Subject(2L, "rita", Role.RESEARCHER, "api", "10.0.0.2");
    private static final Subject TECHNICIAN = new Subject(3L, "tom", Role.TECHNICIAN, "gui", "pc");

    @TempDir
    Path dir;
    private Database db;
    private AuditTrail audit;
    private PatientService patients;
    private Patient ada;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("brrr.db"));
        audit = new AuditTrail(db);
        patients = new PatientService(new PatientStore(db), Pseudonymizer.of(new InstallationSecrets(db)), audit);
        ada = patients.create(CLINICIAN, "MRN-0042", "Ada Lovelace", LocalDate.of(1815, 12, 10), "F");
    }

    @Test
    void clinicianSeesPhiAndTheReadIsAudited() {
        assertEquals(ada, patients.get(CLINICIAN, ada.id()));
        assertEquals(1, audit.page(new AuditQuery("cleo", "phi.read", "patient", Long.toString(ada.id()), null, null), 1, 5).total());
    }

    @Test
    void researcherSeesOnlyAStablePseudonym() {
        Patient seen = patients.get(RESEARCHER, ada.id());
        assertEquals(ada.id(), seen.id());
        assertTrue(seen.mrn().matches("PSN-[0-9A-F]{12}"), seen.mrn());
        assertEquals(seen.mrn(), seen.name());
        assertNull(seen.birthDate());
        assertNotEquals("MRN-0042", seen.mrn());
        // Same code in lists and on the next start (key kept in the database).
        Page<Patient> page = patients.page(RESEARCHER, null, 1, 10);
        assertEquals(seen, page.items().get(0));
        PatientService reopened = new PatientService(new PatientStore(db), Pseudonymizer.of(new InstallationSecrets(db)), audit);
        assertEquals(seen, reopened.get(RESEARCHER, ada.id()));
        assertEquals(0, audit.page(new AuditQuery("rita", "phi.read", null, null, null, null), 1, 5).total(), "no PHI was read");
    }

    @Test
    void pseudonymsDifferBetweenPatientsAndInstallations() {
        Patient bob = patients.create(CLINICIAN, "MRN-0043", "Bob", null, null);
        assertNotEquals(patients.get(RESEARCHER, ada.id()).mrn(), patients.get(RESEARCHER, bob.id()).mrn());
        Database other = Database.open(dir.resolve("other.db"));
        assertNotEquals(Pseudonymizer.of(new InstallationSecrets(db)).pseudonym(ada.id()),
                Pseudonymizer.of(new InstallationSecrets(other)).pseudonym(ada.id()));
    }

    @Test
    void researcherMayNotProbeByMrnNorCreate() {
        assertThrows(PermissionDeniedException.class, () -> patients.page(RESEARCHER, "MRN-00", 1, 10));
        assertThrows(PermissionDeniedException.class, () -> patients.create(RESEARCHER, "MRN-1", "x", null, null));
        assertThrows(PermissionDeniedException.class, () -> patients.create(TECHNICIAN, "MRN-1", "x", null, null));
        assertEquals(1, patients.page(CLINICIAN, "MRN-00", 1, 10).total());
    }

    @Test
    void technicianSeesPseudonymsToo() {
        assertTrue(patients.get(TECHNICIAN, ada.id()).name().startsWith("PSN-"));
    }

    @Test
    void duplicateMrnIsAConflict() {
        assertThrows(ConflictException.class, () -> patients.create(CLINICIAN, " MRN-0042 ", "Other", null, null));
    }
}
