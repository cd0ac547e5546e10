package io.braingobrrr.app.reporting.editor;

import io.braingobrrr.app.reporting.ReportSession;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.report.Finding;
import io.braingobrrr.core.report.Report;
import io.braingobrrr.core.report.RepresentativePage;
import io.braingobrrr.core.report.Signature;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.app.tasks.Background;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The report editor of one stored recording: the report's text fields, the automated findings with the
 * clinician's accept/edit/reject, the representative pages, PDF generation, signing with the password
 * typed again, and amending a signed report. Work on the database and the PDF runs on {@code background};
 * every rule (who may edit what, locking) is the {@link io.braingobrrr.core.report.ReportService}'s.
 */
public final class ReportEditorViewModel implements AutoCloseable {
    private final Database db;
    private final long recordingId;
    private final Subject editor;
    private final Background tasks;
    private ReportSession session;
    private Report report;

    private final StringProperty title = new SimpleStringProperty("Report");
    private final StringProperty state = new SimpleStringProperty("Analysing the recording...");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty locked = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty technicianNotes = new SimpleStringProperty("");
    private final StringProperty montage = new SimpleStringProperty("");
    private final StringProperty filters = new SimpleStringProperty("");
    private final StringProperty qualitySummary = new SimpleStringProperty("");
    private final StringProperty interpretation = new SimpleStringProperty("");
    private final StringProperty impression = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<RepresentativePage> pages = FXCollections.observableArrayList();
    private final StringProperty pageStart = new SimpleStringProperty("0");
    private final StringProperty pageSeconds = new SimpleStringProperty("10");
    private final StringProperty pageMontage = new SimpleStringProperty("double-banana");
    private final StringProperty signUser = new SimpleStringProperty("");
    private final StringProperty signPassword = new SimpleStringProperty("");
    private final ObjectProperty<Signature.Meaning> meaning = new SimpleObjectProperty<>(Signature.Meaning.AUTHOR);

    public ReportEditorViewModel(Database db, long recordingId, Subject editor, Executor background, Executor fxThread) {
        this.db = db;
        this.recordingId = recordingId;
        this.editor = editor;
        this.tasks = new Background(background, fxThread);
    }

    /** Opens the recording and its newest report, drafting one from the analysis when there is none. */
    public void load() {
        run("Analysing the recording", () -> {
            session = new ReportSession(db, recordingId);
            return session.latestOrDraft(editor, null);
        }, r -> show(r, "Report loaded"));
    }

    /** Saves the fields, findings and pages into the draft. */
    public void save() {
        Report.Content content = content();
        run("Saving", () -> session.service().update(editor, report.id(), content), r -> show(r, "Saved version " + r.version()));
    }

    public void accept(int index) {
        if (index >= 0) findings.set(index, findings.get(index).accept());
    }

    public void reject(int index) {
        if (index >= 0) findings.set(index, findings.get(index).reject());
    }

    public void edit(int index, String text) {
        if (index < 0) return;
        try {
            findings.set(index, findings.get(index).edit(text));
        } catch (RuntimeException e) {
            message.set(e.getMessage());
        }
    }

    /** Adds a representative page from the page fields; a bad number is reported, not thrown. */
    public void addPage() {
        try {
            pages.add(new RepresentativePage(Double.parseDouble(pageStart.get().strip()), Double.parseDouble(pageSeconds.get().strip()),
                    pageMontage.get(), null));
            message.set("");
        } catch (NumberFormatException e) {
            message.set("page start and length must be numbers of seconds");
        } catch (RuntimeException e) {
            message.set(e.getMessage());
        }
    }

    public void removePage(int index) {
        if (index >= 0) pages.remove(index);
    }

    /** Saves, then writes the PDF (draft or signed) to {@code out}. */
    public void generate(Path out) {
        Report.Content content = content();
        boolean draft = report != null && !report.signed();
        run("Writing " + out.getFileName(), () -> {
            Report r = draft ? session.service().update(editor, report.id(), content) : report;
            Files.write(out, session.service().export(editor, r.id(), session.renderer()));
            return r;
        }, r -> show(r, "Wrote " + out));
    }

    /** Saves, then signs as the user named in the sign fields after checking that user's password. */
    public void sign() {
        Report.Content content = content();
        char[] password = signPassword.get().toCharArray();
        String username = signUser.get().strip();
        Signature.Meaning m = meaning.get();
        signPassword.set("");
        run("Signing", () -> {
            User u = new UserService(db).signIn(username, password.clone(), "gui", host());
            Subject signer = Subject.of(u, "gui", host());
            session.service().update(signer, report.id(), content);
            return session.service().sign(signer, report.id(), m, password, session.renderer());
        }, r -> show(r, "Signed by " + r.signature().displayName() + " (" + r.signature().meaning().key() + ")"));
    }

    /** A new draft version of a signed report; the signed one stays as it was. */
    public void amend(String reason) {
        run("Amending", () -> session.service().amend(editor, report.id(), reason), r -> show(r, "Version " + r.version() + " is a new draft"));
    }

    private Report.Content content() {
        return new Report.Content(blank(technicianNotes.get()), blank(montage.get()), blank(filters.get()), blank(qualitySummary.get()),
                List.copyOf(findings), List.copyOf(pages), blank(interpretation.get()), blank(impression.get()));
    }

    private void show(Report r, String done) {
        report = r;
        Report.Content c = r.content();
        title.set("Report " + recordingId + " v" + r.version());
        technicianNotes.set(nz(c.technicianNotes()));
        montage.set(nz(c.montage()));
        filters.set(nz(c.filters()));
        qualitySummary.set(nz(c.qualitySummary()));
        interpretation.set(nz(c.interpretation()));
        impression.set(nz(c.impression()));
        findings.setAll(c.findings());
        pages.setAll(c.pages());
        locked.set(r.signed());
        state.set(r.template().title() + ", version " + r.version() + (r.signed()
                ? ": signed by " + r.signature().displayName() + " (" + r.signature().meaning().key() + ") at " + r.signature().at()
                : ": draft"));
        message.set(done);
    }

    private <T> void run(String what, Background.Work<T> work, Consumer<T> done) {
        busy.set(true);
        message.set(what + "...");
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(what + " failed: " + failure);
        });
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Report report() {
        return report;
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty stateProperty() { return state; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty lockedProperty() { return locked; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty technicianNotesProperty() { return technicianNotes; }
    public StringProperty montageProperty() { return montage; }
    public StringProperty filtersProperty() { return filters; }
    public StringProperty qualitySummaryProperty() { return qualitySummary; }
    public StringProperty interpretationProperty() { return interpretation; }
    public StringProperty impressionProperty() { return impression; }
    public ObservableList<Finding> findings() { return findings; }
    public ObservableList<RepresentativePage> pages() { return pages; }
    public StringProperty pageStartProperty() { return pageStart; }
    public StringProperty pageSecondsProperty() { return pageSeconds; }
    public StringProperty pageMontageProperty() { return pageMontage; }
    public StringProperty signUserProperty() { return signUser; }
    public StringProperty signPasswordProperty() { return signPassword; }
    public ObjectProperty<Signature.Meaning> meaningProperty() { return meaning; }

    public List<String> montages() {
        return ReportSession.montages();
    }

    @Override
    public void close() {
        if (session != null) session.close();
    }
}
