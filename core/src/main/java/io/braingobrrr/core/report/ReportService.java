package io.braingobrrr.core.report;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.outbox.Outbox;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.RecordingSummary;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Clinical reports for every front end. Permissions: reading needs analyses_read (without phi_read the
 * patient comes pseudonymised); writing a report needs analyses_write; a technician (eeg_write only)
 * may change the technician notes and nothing else; signing needs analyses_write and phi_write
 * (clinicians, administrators) and the signer's password again. Every change is audited.
 */
public final class ReportService {
    private final ReportStore store;
    private final RecordingStore recordings;
    private final PatientStore patients;
    private final Pseudonymizer pseudonymizer;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    public ReportService(ReportStore store, RecordingStore recordings, PatientStore patients, Pseudonymizer pseudonymizer,
                         UserService users, AuditTrail audit, Clock clock) {
        this.store = store;
        this.recordings = recordings;
        this.patients = patients;
        this.pseudonymizer = pseudonymizer;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A first draft (or the next version when earlier ones exist and are all signed). */
    public Report create(Subject by, long recordingId, ReportTemplate template, Report.Content content) {
        by.require(Permission.ANALYSES_WRITE);
        checkPages(recording(recordingId), content);
        List<Report> existing = store.versions(recordingId);
        if (!existing.isEmpty() && !existing.get(existing.size() - 1).signed()) {
            Report draft = existing.get(existing.size() - 1);
            throw new ConflictException("recording " + recordingId + " already has a draft report (id " + draft.id()
                    + ", version " + draft.version() + "): edit it instead");
        }
        Long amends = existing.isEmpty() ? null : existing.get(existing.size() - 1).id();
        long id = inTransaction("create a report of recording " + recordingId,
                c -> store.insert(c, recordingId, template, amends, content, by.username()));
        audited(by, "report.create", id, Map.of("recording_id", recordingId, "template", template.key()));
        return store.find(id).orElseThrow();
    }

    public Report get(Subject by, long id) {
        by.require(Permission.ANALYSES_READ);
        return store.find(id).orElseThrow(() -> new NotFoundException("there is no report " + id));
    }

    /** Every version of the recording's report, oldest first; empty when none was written. */
    public List<Report> versions(Subject by, long recordingId) {
        by.require(Permission.ANALYSES_READ);
        recording(recordingId);
        return store.versions(recordingId);
    }

    /** Replaces a draft's content. A technician's change is refused unless only the technician notes differ. */
    public Report update(Subject by, long id, Report.Content content) {
        by.require(Permission.EEG_WRITE);
        Report current = get(by, id);
        refuseIfSigned(current);
        checkPages(recording(current.recordingId()), content);
        if (!by.can(Permission.ANALYSES_WRITE)
                && !current.content().withTechnicianNotes(content.technicianNotes()).equals(content)) {
            throw new PermissionDeniedException("role " + by.role().key() + " may change only the technician notes of a report");
        }
        inTransaction("update report " + id, c -> {
            store.writeContent(c, id, content);
            return id;
        });
        audited(by, "report.update", id, Map.of("findings", content.findings().size(), "pages", content.pages().size()));
        return store.find(id).orElseThrow();
    }

    /**
     * Signs a draft after checking the signer's password again. The PDF (rendered with the signature), the
     * locked report row and the {@code report.signed} outbox event commit in one transaction: the event
     * exists exactly when the signature does.
     */
    public Report sign(Subject by, long id, Signature.Meaning meaning, char[] password, ReportRenderer renderer) {
        by.require(Permission.ANALYSES_WRITE);
        by.require(Permission.PHI_WRITE);
        Objects.requireNonNull(meaning, "meaning");
        if (by.userId() == null) throw new PermissionDeniedException("signing needs a signed-in user (the signer's name goes on the report)");
        Report draft = get(by, id);
        refuseIfSigned(draft);
        User signer;
        try {
            signer = users.signIn(by.username(), password, by.origin(), by.address());
        } catch (AuthenticationException e) {
            audited(by, "report.sign.refused", id, Map.of("reason", "password"));
            throw InvalidInputException.of("password", "the password does not match user " + by.username() + "; the report was not signed");
        }
        if (signer.id() != by.userId()) throw new PermissionDeniedException("the password belongs to another user");
        String name = signer.displayName() == null || signer.displayName().isBlank() ? signer.username() : signer.displayName();
        Signature sig = new Signature(signer.username(), name, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), meaning);
        Report signed = new Report(draft.id(), draft.recordingId(), draft.template(), draft.version(), draft.amendsId(),
                draft.content(), draft.createdBy(), sig, null);
        byte[] pdf = renderer.render(signed, patientFor(by, draft.recordingId()));
        String facts = "{\"report_id\":" + id + ",\"recording_id\":" + draft.recordingId() + ",\"version\":" + draft.version()
                + ",\"template\":" + quote(draft.template().key()) + ",\"signed_by\":" + quote(sig.username())
                + ",\"meaning\":" + quote(meaning.key()) + ",\"signed_at\":" + quote(sig.at().toString());
        long resultId = inTransaction("sign report " + id, c -> {
            long result = store.storePdf(c, draft.recordingId(), pdf, facts + "}");
            if (store.sign(c, id, sig, result) != 1) throw new ConflictException("report " + id + " was signed meanwhile by someone else");
            Outbox.record(c, "report.signed", "recording:" + draft.recordingId(), facts + ",\"result_id\":" + result + "}");
            return result;
        });
        audited(by, "report.sign", id, Map.of("meaning", meaning.key(), "result_id", resultId, "version", draft.version()));
        return store.find(id).orElseThrow();
    }

    /** A new draft version copying a signed report's content; the signed original stays as it was. */
    public Report amend(Subject by, long signedId, String reason) {
        by.require(Permission.ANALYSES_WRITE);
        Report original = get(by, signedId);
        if (!original.signed()) throw new ConflictException("report " + signedId + " is a draft: edit it, amending is for signed reports");
        if (reason == null || reason.isBlank()) throw InvalidInputException.of("reason", "an amendment needs a reason");
        List<Report> all = store.versions(original.recordingId());
        if (all.get(all.size() - 1).id() != signedId) {
            throw new ConflictException("report " + signedId + " is not the newest version of recording "
                    + original.recordingId() + "'s report: amend version " + all.get(all.size() - 1).version());
        }
        long id = inTransaction("amend report " + signedId, c -> store.insert(c, original.recordingId(), original.template(),
                signedId, original.content(), by.username()));
        audited(by, "report.amend", id, Map.of("amends", signedId, "reason", reason.strip()));
        return store.find(id).orElseThrow();
    }

    /**
     * The PDF of a report for {@code by}: a signed report's stored PDF for users with phi_read, otherwise a
     * fresh rendering (drafts; pseudonymised for users without phi_read). The export is audited.
     */
    public byte[] export(Subject by, long id, ReportRenderer renderer) {
        Report r = get(by, id);
        boolean phi = by.can(Permission.PHI_READ);
        byte[] pdf = r.pdfResultId() != null && phi ? store.pdf(r.pdfResultId()).orElse(null) : null;
        if (pdf == null) pdf = renderer.render(r, patientFor(by, r.recordingId()));
        audited(by, "report.export", id, Map.of("phi", phi, "signed", r.signed()));
        return pdf;
    }

    /** Who the report is about, as {@code by} may see it. */
    public ReportPatient patientFor(Subject by, long recordingId) {
        RecordingSummary s = recording(recordingId);
        Patient p = s.patientId() == null ? null : patients.find(s.patientId()).orElse(null);
        if (p == null) return new ReportPatient("REC-" + recordingId, null, null, null, !by.can(Permission.PHI_READ));
        Patient seen = pseudonymizer.view(by, p);
        boolean pseudo = !by.can(Permission.PHI_READ);
        return new ReportPatient(seen.mrn(), pseudo ? null : seen.name(), pseudo ? null : seen.birthDate(), seen.sex(), pseudo);
    }

    private RecordingSummary recording(long recordingId) {
        return recordings.find(recordingId).orElseThrow(() -> new NotFoundException("there is no recording " + recordingId));
    }

    /** Pages must lie in the recording and name a montage the viewer knows: refused when saved, not when printed. */
    private static void checkPages(RecordingSummary rec, Report.Content content) {
        for (RepresentativePage p : content.pages()) {
            if (p.startS() >= rec.durationSeconds()) {
                throw InvalidInputException.of("page.start", String.format(java.util.Locale.ROOT,
                        "a page at %.1f s starts after the end of recording %d (%.1f s long)", p.startS(), rec.id(), rec.durationSeconds()));
            }
            if (!StandardMontages.NAMES.contains(p.montage().strip().toLowerCase(java.util.Locale.ROOT))) {
                throw InvalidInputException.of("page.montage", "unknown montage '" + p.montage() + "' (known: "
                        + String.join(", ", StandardMontages.NAMES) + ")");
            }
        }
    }

    private static void refuseIfSigned(Report r) {
        if (r.signed()) {
            throw new ConflictException("report " + r.id() + " (version " + r.version() + ") was signed by "
                    + r.signature().displayName() + " on " + r.signature().at() + " and is locked; amend it to make changes");
        }
    }

    private void audited(Subject by, String action, long reportId, Map<String, ?> detail) {
        audit.append(new AuditEvent(by.username(), action, "report", Long.toString(reportId), detail, by.origin(), by.address()));
    }

    private interface Step {
        long run(Connection c) throws SQLException;
    }

    /** One IMMEDIATE transaction: the write lock is taken first, so a concurrent signer waits rather than fails. */
    private long inTransaction(String what, Step step) {
        try (Connection c = store.database().connect(); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                long out = step.run(c);
                s.execute("COMMIT");
                return out;
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                if (e instanceof SQLException && String.valueOf(e.getMessage()).contains("signed and locked")) {
                    throw new ConflictException("cannot " + what + ": the report is signed and locked; amend it to make changes");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(store.database().file() + ": cannot " + what + " (" + e.getMessage() + ")", e);
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
            else b.append(ch);
        }
        return b.append('"').toString();
    }
}
