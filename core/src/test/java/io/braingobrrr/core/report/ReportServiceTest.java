package io.braingobrrr.core.report;

import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.synth.SyntheticRecording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report versions, sign-off, amendments, permissions, audit and the outbox event, on a real SQLite file. */
class ReportServiceTest {
    private static final char[] PASSWORD = "correct horse 42".toCharArray();
    /** Stands in for the PDF renderer (which lives in app): the bytes name the report and the signer. */
    private static final ReportRenderer FAKE_PDF = (r, p) -> ("%PDF report " + r.id() + " " + p.identifier() + " "
            + (r.signed() ? r.signature().username() : "draft")).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Database db;
    private AuditTrail audit;
    private ReportService reports;
    private long recordingId;
    private Subject clinician;
    private Subject technician;
    private Subject researcher;
    private Patient patient;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("brrr.db"));
        audit = new AuditTrail(db);
        UserService users = new UserService(db, audit, Clock.systemUTC());
        clinician = subject(users, "cleo", "Dr Cleo Nguyen", "clinician");
        technician = subject(users, "tom", null, "technician");
        researcher = subject(users, "rita", null, "researcher");
        PatientStore patients = new PatientStore(db);
        patient = patients.create("MRN-0042", "Ada Lovelace", LocalDate.of(1815, 12, 10), "F");
        RecordingStore store = new RecordingStore(db);
        try (SyntheticRecording src = new SyntheticRecording(2, 128, 20, 7, LocalDateTime.of(2024, 5, 1, 9, 0))) {
            recordingId = store.importRecording(src, ImportInfo.of("synthetic.edf").withPatient(patient.id()));
        }
        reports = new ReportService(new ReportStore(db), store, patients, Pseudonymizer.of(new InstallationSecrets(db)), users,
                audit, Clock.systemUTC());
    }

    private static Subject subject(UserService users, String name, String display, String role) {
        User u = users.create(Subject.local("cli", "test"), new NewUser(name, display, role, PASSWORD.clone(), false));
        return Subject.of(u, "gui", "test-host");
    }

    private Report draft() {
        Report.Content c = Report.Content.empty().withFindings(List.of(Finding.suggested("pdr", "Posterior dominant rhythm 9.5 Hz."),
                Finding.suggested("slowing", "Focal slowing left temporal."))).withText("Normal awake EEG.", "Normal EEG.");
        return reports.create(clinician, recordingId, ReportTemplate.ROUTINE_EEG, c);
    }

    @Test
    void signingLocksTheReportAndStoresItsPdfAsAResult() throws Exception {
        Report d = draft();
        Report signed = reports.sign(clinician, d.id(), Signature.Meaning.AUTHOR, PASSWORD.clone(), FAKE_PDF);
        assertTrue(signed.signed());
        assertEquals("Dr Cleo Nguyen", signed.signature().displayName());
        assertEquals(Signature.Meaning.AUTHOR, signed.signature().meaning());

        ConflictException refused = assertThrows(ConflictException.class,
                () -> reports.update(clinician, d.id(), d.content().withText("changed", "changed")));
        assertTrue(refused.getMessage().contains("signed by Dr Cleo Nguyen") && refused.getMessage().contains("locked"), refused.getMessage());
        // The database refuses it too, whatever program writes.
        SQLException direct = assertThrows(SQLException.class, () -> exec("UPDATE reports SET impression = 'x' WHERE id = " + d.id()));
        assertTrue(direct.getMessage().contains("signed and locked"), direct.getMessage());
        assertThrows(SQLException.class, () -> exec("DELETE FROM report_findings WHERE report_id = " + d.id()));
        assertEquals("Normal EEG.", reports.get(clinician, d.id()).content().impression());

        assertEquals(List.of("report|application/pdf|report|" + recordingId),
                query("SELECT r.kind || '|' || r.media_type || '|' || a.type || '|' || a.recording_id FROM results r"
                        + " JOIN analyses a ON a.id = r.analysis_id WHERE r.id = " + signed.pdfResultId()));
        assertArrayEquals(("%PDF report " + d.id() + " MRN-0042 cleo").getBytes(StandardCharsets.UTF_8),
                reports.export(clinician, d.id(), (r, p) -> new byte[0]), "a signed report exports the PDF stored at signing");
    }

    @Test
    void signedEventExistsExactlyWhenTheSignatureCommitted() throws Exception {
        Report d = draft();
        assertThrows(InvalidInputException.class,
                () -> reports.sign(clinician, d.id(), Signature.Meaning.AUTHOR, "wrong password!".toCharArray(), FAKE_PDF));
        assertEquals(List.of("0"), query("SELECT count(*) FROM outbox_events WHERE event_type = 'report.signed'"));
        assertNull(reports.get(clinician, d.id()).signature());

        // A failure inside the signing transaction (here: the outbox insert) rolls back the signature and the PDF.
        exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_events BEGIN SELECT RAISE(ABORT, 'outbox down'); END");
        assertThrows(RuntimeException.class, () -> reports.sign(clinician, d.id(), Signature.Meaning.AUTHOR, PASSWORD.clone(), FAKE_PDF));
        assertNull(reports.get(clinician, d.id()).signature());
        assertEquals(List.of("0|0"), query("SELECT (SELECT count(*) FROM outbox_events WHERE event_type = 'report.signed') || '|' || (SELECT count(*) FROM results)"));
        exec("DROP TRIGGER fail_outbox");

        Report signed = reports.sign(clinician, d.id(), Signature.Meaning.REVIEWER, PASSWORD.clone(), FAKE_PDF);
        List<String> events = query("SELECT event_type || '|' || subject || '|' || json_extract(payload, '$.report_id') || '|'"
                + " || json_extract(payload, '$.meaning') || '|' || json_extract(payload, '$.result_id') FROM outbox_events"
                + " WHERE event_type = 'report.signed'");
        assertEquals(List.of("report.signed|recording:" + recordingId + "|" + d.id() + "|reviewer|" + signed.pdfResultId()), events);
        assertThrows(ConflictException.class, () -> reports.sign(clinician, d.id(), Signature.Meaning.AUTHOR, PASSWORD.clone(), FAKE_PDF));
        assertEquals(List.of("1"), query("SELECT count(*) FROM outbox_events WHERE event_type = 'report.signed'"));
    }

    @Test
    void amendingCreatesANewVersionAndKeepsTheSignedOriginal() {
        Report d = draft();
        reports.sign(clinician, d.id(), Signature.Meaning.AUTHOR, PASSWORD.clone(), FAKE_PDF);
        assertThrows(InvalidInputException.class, () -> reports.amend(clinician, d.id(), " "));
        Report amended = reports.amend(clinician, d.id(), "impression corrected");
        assertEquals(2, amended.version());
        assertEquals(d.id(), amended.amendsId());
        assertNull(amended.signature());
        reports.update(clinician, amended.id(), amended.content().withText("Normal awake EEG.", "Mildly abnormal EEG."));

        List<Report> versions = reports.versions(clinician, recordingId);
        assertEquals(2, versions.size());
        assertEquals("Normal EEG.", versions.get(0).content().impression(), "the signed original is unchanged");
        assertTrue(versions.get(0).signed());
        assertEquals("Mildly abnormal EEG.", versions.get(1).content().impression());
        assertThrows(ConflictException.class, () -> reports.amend(clinician, amended.id(), "draft"), "a draft is edited, not amended");

        for (String action : List.of("report.create", "report.sign", "report.amend", "report.update")) {
            assertEquals(1, audit.page(new AuditQuery("cleo", action, "report", null, null, null), 1, 5).total(), action);
        }
        assertTrue(audit.verify().ok());
    }

    @Test
    void techniciansEditNotesOnlyAndCannotSign() {
        Report d = draft();
        Report withNotes = reports.update(technician, d.id(), d.content().withTechnicianNotes("Patient drowsy after 10 min."));
        assertEquals("Patient drowsy after 10 min.", withNotes.content().technicianNotes());
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> reports.update(technician, d.id(), withNotes.content().withText("mine", "mine")));
        assertTrue(e.getMessage().contains("technician notes"), e.getMessage());
        assertThrows(PermissionDeniedException.class,
                () -> reports.sign(technician, d.id(), Signature.Meaning.AUTHOR, PASSWORD.clone(), FAKE_PDF));
        assertThrows(PermissionDeniedException.class, () -> reports.update(researcher, d.id(), d.content()));
        assertThrows(PermissionDeniedException.class,
                () -> reports.create(technician, recordingId, ReportTemplate.PSG, Report.Content.empty()));
    }

    @Test
    void findingsKeepTheClinicianDecisionAndResearchersGetAPseudonym() {
        Report d = draft();
        List<Finding> judged = List.of(d.content().findings().get(0).accept(),
                d.content().findings().get(1).edit("Intermittent left temporal slowing."));
        Report r = reports.update(clinician, d.id(), d.content().withFindings(judged));
        assertEquals(Finding.Decision.EDITED, r.content().findings().get(1).decision());
        assertEquals("Focal slowing left temporal.", r.content().findings().get(1).originalText());
        assertEquals("Intermittent left temporal slowing.", r.content().findings().get(1).text());

        ReportPatient seen = reports.patientFor(researcher, recordingId);
        assertTrue(seen.identifier().matches("PSN-[0-9A-F]{12}"), seen.identifier());
        assertNull(seen.name());
        assertNull(seen.birthDate());
        assertTrue(seen.pseudonymised());
        String exported = new String(reports.export(researcher, d.id(), FAKE_PDF), StandardCharsets.UTF_8);
        assertTrue(exported.contains(seen.identifier()) && !exported.contains("MRN-0042"), exported);
        assertEquals("Ada Lovelace", reports.patientFor(clinician, recordingId).name());
    }

    @Test
    void aSecondDraftIsRefusedAndBadInputNamesTheField() {
        draft();
        ConflictException twice = assertThrows(ConflictException.class, this::draft);
        assertTrue(twice.getMessage().contains("already has a draft"), twice.getMessage());
        Report d = reports.versions(clinician, recordingId).get(0);
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> reports.update(clinician, d.id(),
                d.content().withPages(List.of(new RepresentativePage(25, 10, "average", null)))));
        assertTrue(late.getMessage().contains("page.start") && late.getMessage().contains("20.0 s long"), late.getMessage());
        InvalidInputException montage = assertThrows(InvalidInputException.class, () -> reports.update(clinician, d.id(),
                d.content().withPages(List.of(new RepresentativePage(0, 10, "banana split", null)))));
        assertTrue(montage.getMessage().contains("unknown montage 'banana split'"), montage.getMessage());
        assertEquals(List.of(), reports.get(clinician, d.id()).content().pages(), "nothing was saved");
        assertEquals("page.duration", assertThrows(InvalidInputException.class,
                () -> new RepresentativePage(0, 600, "average", null)).fieldErrors().keySet().iterator().next());
        assertEquals("template", assertThrows(InvalidInputException.class,
                () -> ReportTemplate.parse("sleepy")).fieldErrors().keySet().iterator().next());
        assertEquals("meaning", assertThrows(InvalidInputException.class,
                () -> Signature.Meaning.parse("witness")).fieldErrors().keySet().iterator().next());
    }

    @Test
    void clinicSettingsKeepNameAndLogo() {
        ClinicSettings s = new ClinicSettings(db);
        assertEquals(ClinicSettings.DEFAULT_NAME, s.clinicName());
        assertTrue(s.logo().isEmpty());
        s.setClinicName("  Mons Sleep Centre ");
        s.setLogo(new byte[] {1, 2, 3});
        assertEquals("Mons Sleep Centre", new ClinicSettings(db).clinicName());
        assertArrayEquals(new byte[] {1, 2, 3}, new ClinicSettings(db).logo().orElseThrow());
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
