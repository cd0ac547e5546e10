package io.braingobrrr.app.reporting;

import io.braingobrrr.app.reporting.pdf.ReportPdf;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.report.ClinicSettings;
import io.braingobrrr.core.report.Report;
import io.braingobrrr.core.report.ReportService;
import io.braingobrrr.core.report.ReportStore;
import io.braingobrrr.core.report.ReportTemplate;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.RecordingSummary;
import io.braingobrrr.core.store.StoredRecording;

import java.time.Clock;
import java.util.List;

/**
 * Everything one front end (the CLI's {@code brrr report}, the workstation's report editor) needs to work on
 * the report of one stored recording: the permission-checked {@link ReportService}, the open recording, its
 * analysis (run once, on first use) and the PDF renderer with the clinic's name and logo.
 */
public final class ReportSession implements AutoCloseable {
    private final ReportService service;
    private final ClinicSettings clinic;
    private final RecordingSummary summary;
    private final StoredRecording recording;
    private ReportFigures figures;

    public ReportSession(Database db, long recordingId) {
        AuditTrail audit = new AuditTrail(db);
        RecordingStore recordings = new RecordingStore(db);
        this.service = new ReportService(new ReportStore(db), recordings, new PatientStore(db),
                Pseudonymizer.of(new InstallationSecrets(db)), new UserService(db, audit, Clock.systemUTC()), audit, Clock.systemUTC());
        this.clinic = new ClinicSettings(db);
        this.summary = recordings.find(recordingId).orElseThrow(() -> new NotFoundException("there is no recording " + recordingId));
        this.recording = recordings.open(recordingId);
    }

    public ReportService service() {
        return service;
    }

    public ClinicSettings clinic() {
        return clinic;
    }

    public RecordingSummary recording() {
        return summary;
    }

    /** The automated analysis of the recording (a few seconds per hour of signal; computed once). */
    public synchronized ReportFigures figures() {
        if (figures == null) figures = ReportFigures.of(summary, recording);
        return figures;
    }

    public ReportPdf renderer() {
        return new ReportPdf(figures(), recording, clinic.clinicName(), clinic.logo().orElse(null));
    }

    public ReportTemplate suggestedTemplate() {
        return ReportDrafter.templateFor(recording);
    }

    /** The newest version of the report, or a new draft from the analysis when none exists yet. */
    public Report latestOrDraft(Subject by, ReportTemplate template) {
        List<Report> versions = service.versions(by, summary.id());
        if (!versions.isEmpty()) return versions.get(versions.size() - 1);
        ReportTemplate t = template == null ? suggestedTemplate() : template;
        boolean bipolar = !new PageLoader(recording, StandardMontages.forName(StandardMontages.DOUBLE_BANANA, recording.signals()))
                .labels().isEmpty();
        return service.create(by, summary.id(), t, ReportDrafter.draft(t, figures(), bipolar));
    }

    /** Montage names a representative page may use. */
    public static List<String> montages() {
        return StandardMontages.NAMES;
    }

    @Override
    public void close() {
        recording.close();
    }
}
