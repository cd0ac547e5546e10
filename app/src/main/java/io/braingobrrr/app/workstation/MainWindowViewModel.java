package io.braingobrrr.app.workstation;

import io.braingobrrr.app.recording.RecordingViewModel;
import io.braingobrrr.app.recordings.DemoRecording;
import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.app.recordings.Worklist;
import io.braingobrrr.app.recordings.WorklistEntry;
import io.braingobrrr.app.report.HeaderReport;
import io.braingobrrr.app.settings.SettingsViewModel;
import io.braingobrrr.app.viewer.montage.MontageCatalog;
import io.braingobrrr.app.viewer.review.ReviewPanelsViewModel;
import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.app.tasks.Background;
import io.braingobrrr.app.viewer.annotate.AnnotationBooks;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.app.reporting.editor.ReportEditorViewModel;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * State and actions of the main window, without any control: the worklist (filtered by the search
 * text), the header summary of the file or recording in view, and a status line. Work that touches
 * files or the database runs on {@code background}; results come back through {@code fxThread}.
 */
public final class MainWindowViewModel {
    private final Worklist worklist;
    private final RecordingImporter importer;
    private final RecordingStore store;
    private final DemoRecording demo;
    private final Executor background;
    private final Executor fxThread;
    private final Background tasks;

    private final ObservableList<WorklistEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<WorklistEntry> visibleEntries = new FilteredList<>(entries);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("Open a file or select a recording to see its header.");
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty pendingTasks = new SimpleIntegerProperty(0);
    private final BooleanBinding busy = pendingTasks.greaterThan(0);
    private final ObjectProperty<Path> openedFile = new SimpleObjectProperty<>();
    private final ObservableList<ReportEditorViewModel> openReports = FXCollections.observableArrayList();
    /** Makes the report editor of a stored recording; set by {@link #forDatabase} (tests may leave it unset). */
    private java.util.function.LongFunction<ReportEditorViewModel> reportEditors;
    // Review panels (issue 3 part B): services, the montage catalog every tab shares, settings, and what each view shows.
    private final ReviewServices review;
    private final MontageCatalog catalog = new MontageCatalog();
    private final SettingsViewModel settings;
    private final TraceTabs traces;
    private final ObservableList<RecordingViewModel> liveRecordings = FXCollections.observableArrayList();
    private final Map<RecordingViewModel, java.util.concurrent.ExecutorService> recordingWorkers =
            new HashMap<>();
    private Database database;
    /** The shared analysis job queue of this database (null without one: tests of the bare window). */
    private io.braingobrrr.app.analysis.Analyses analyses;
    private io.braingobrrr.app.analysis.AnalysisJobsViewModel analysisJobs;

    /** With {@code review} null the trace tabs have no side panels and settings are not stored. */
    public MainWindowViewModel(Worklist worklist, RecordingImporter importer, RecordingStore store, DemoRecording demo,
                               ReviewServices review, Executor background, Executor fxThread) {
        this.review = review;
        this.settings = review == null ? null : new SettingsViewModel(review, catalog);
        this.worklist = worklist;
        this.importer = importer;
        this.store = store;
        this.demo = demo;
        this.background = background;
        this.fxThread = fxThread;
        this.tasks = new Background(background, fxThread);
        this.traces = new TraceTabs(store, review, settings, catalog, background, fxThread, this::run, status::set);
        searchText.addListener((obs, old, text) -> visibleEntries.setPredicate(e -> e.matches(text)));
    }

    /** The view model over {@code database} acting as the local operator (demo mode, tests). */
    public static MainWindowViewModel forDatabase(Database database, Executor background, Executor fxThread) {
        return forDatabase(database, Subject.local("gui", "localhost"), background, fxThread);
    }

    /**
     * The view model over {@code database} whose services act as {@code subject}: permissions are checked and
     * audit rows written in its name. A different user gets a new view model (the shell rebuilds the window).
     */
    public static MainWindowViewModel forDatabase(Database database, Subject subject, Executor background, Executor fxThread) {
        RecordingStore recordings = new RecordingStore(database);
        PatientStore patients = new PatientStore(database);
        MainWindowViewModel vm = new MainWindowViewModel(new Worklist(recordings, patients), new RecordingImporter(recordings),
                recordings, new DemoRecording(recordings, patients), ReviewServices.forDatabase(database, subject, background, fxThread),
                background, fxThread);
        vm.subject = subject;
        vm.reportEditors = id -> new ReportEditorViewModel(database, id, subject, background, fxThread);
        vm.database = database;
        vm.analyses = io.braingobrrr.app.analysis.Analyses.forDatabase(database);
        vm.traces.attach(new AnnotationBooks(database, subject), vm.analyses);
        vm.outbox = () -> io.braingobrrr.app.outbox.OutboxViewModel.forDatabase(database, subject, background, fxThread);
        vm.auditTrail = () -> io.braingobrrr.app.audit.AuditTrailViewModel.forDatabase(database, subject, background, fxThread);
        return vm;
    }

    /** "New recording...": a live recording tab (issue 4); it has its own background thread for the device. */
    public RecordingViewModel newRecording() {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "brrr-recording");
            t.setDaemon(true);
            return t;
        });
        RecordingViewModel recording = new RecordingViewModel(database, worker, fxThread);
        recordingWorkers.put(recording, worker);
        recording.load();
        liveRecordings.add(recording);
        return recording;
    }

    /** Live recording tabs open; closing one stops and finalises its recording. */
    public ObservableList<RecordingViewModel> liveRecordings() {
        return liveRecordings;
    }

    public void closeRecording(RecordingViewModel recording) {
        liveRecordings.remove(recording);
        recording.close();
        recordingWorkers.remove(recording).shutdown();      // after the queued close has finalised the recording
        refresh();
    }

    /** The sync queue panel's view model (null when the window was built without a database). */
    private java.util.function.Supplier<io.braingobrrr.app.outbox.OutboxViewModel> outbox = () -> null;

    public io.braingobrrr.app.outbox.OutboxViewModel outbox() {
        return outbox.get();
    }

    /** Who the window's services act as: the signed-in user, or the local operator in the demo. */
    private Subject subject = Subject.local("gui", "localhost");
    private java.util.function.Supplier<io.braingobrrr.app.audit.AuditTrailViewModel> auditTrail = () -> null;

    public Subject subject() {
        return subject;
    }

    /** Only roles with audit_read see the audit trail button; the service checks again. */
    public boolean mayBrowseAudit() {
        return subject.can(io.braingobrrr.core.identity.Permission.AUDIT_READ);
    }

    /** The sync queue button likewise only for sync_manage (admins); SyncAdmin checks again. */
    public boolean mayManageSync() {
        return subject.can(io.braingobrrr.core.identity.Permission.SYNC_MANAGE);
    }

    /** The audit trail browser's view model (null when the window was built without a database). */
    public io.braingobrrr.app.audit.AuditTrailViewModel auditTrail() {
        return auditTrail.get();
    }

    /** First load: the worklist, and the demo recording when the database holds none. */
    public void start() {
        if (review != null) {
            settings.load();
            review.run(() -> review.montages().list(review.subject()), catalog::setCustom,
                    m -> status.set("Cannot read the custom montages: " + m));
        }
        run("Loading the worklist", () -> {
            List<WorklistEntry> rows = worklist.load();
            if (rows.isEmpty()) {
                fxThread.execute(() -> status.set("Creating a demo recording (synthetic EEG)..."));
                demo.createIfDatabaseEmpty();
                rows = worklist.load();
            }
            return rows;
        }, this::showWorklist);
    }

    public void refresh() {
        run("Loading the worklist", worklist::load, this::showWorklist);
    }

    private void showWorklist(List<WorklistEntry> rows) {
        entries.setAll(rows);
        status.set(rows.size() + " recording(s)");
    }

    /** Shows the header and annotations of an EDF/BDF file; Import then copies it into the database. */
    public void openFile(Path file) {
        run("Reading " + file.getFileName(), () -> {
            try (SignalSource recording = RecordingReader.open(file)) {
                return HeaderReport.toText(file, recording);
            }
        }, text -> {
            summary.set(text);
            openedFile.set(file);
            status.set("Opened " + file.getFileName());
        });
    }

    /** Imports the opened file into the database and refreshes the worklist. */
    public void importOpenedFile() {
        Path file = openedFile.get();
        if (file != null) importFile(file);
    }

    public void importFile(Path file) {
        run("Importing " + file.getFileName(), () -> {
            int[] shownPercent = {-1};
            long id = importer.importFile(file, null, fraction -> {
                int percent = (int) (fraction * 100);
                if (percent == shownPercent[0]) return;      // one UI update per percent, not per chunk
                shownPercent[0] = percent;
                fxThread.execute(() -> status.set("Importing " + file.getFileName() + ": " + percent + " %"));
            });
            return new Imported(id, worklist.load());
        }, imported -> {
            entries.setAll(imported.rows());
            status.set("Imported " + file.getFileName() + " as recording " + imported.id());
        });
    }

    private record Imported(long id, List<WorklistEntry> rows) {
    }

    /** Shows the header of a stored recording (selection in the worklist). */
    public void showRecording(WorklistEntry entry) {
        if (entry == null) return;
        run("Reading recording " + entry.id(), () -> {
            try (SignalSource recording = store.open(entry.id())) {
                return HeaderReport.toText(null, recording);
            }
        }, text -> {
            summary.set(text);
            status.set("Recording " + entry.id());
        });
    }

    /** Runs {@code work} off the FX thread; success goes to {@code done}, failure to the status line. */
    private <T> void run(String what, Background.Work<T> work, Consumer<T> done) {
        pendingTasks.set(pendingTasks.get() + 1);
        status.set(what + "...");
        tasks.run(work, result -> {
            pendingTasks.set(pendingTasks.get() - 1);
            done.accept(result);
        }, message -> {
            pendingTasks.set(pendingTasks.get() - 1);
            status.set(what + " failed: " + message);
        });
    }

    public ObservableList<WorklistEntry> visibleEntries() {
        return visibleEntries;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public ObjectProperty<Path> openedFileProperty() {
        return openedFile;
    }

    /** Recordings open in trace views (one tab each); each keeps its signal source open until closed. */
    public ObservableList<TraceViewModel> openViews() {
        return traces.openViews();
    }

    /** Opens a file's traces in a new view. */
    public void viewFile(Path file) {
        traces.viewFile(file);
    }

    /** Opens a stored recording's traces in a new view. */
    public void viewTraces(WorklistEntry entry) {
        traces.viewTraces(entry);
    }

    /** The side panels of an open view, or null when the workstation runs without review services. */
    public ReviewPanelsViewModel panelsFor(TraceViewModel view) {
        return traces.panelsFor(view);
    }

    /** The "Analysis jobs" tab's view model, made on first use and kept; null without a database. */
    public io.braingobrrr.app.analysis.AnalysisJobsViewModel analysisJobs() {
        if (analysisJobs == null && analyses != null) {
            analysisJobs = io.braingobrrr.app.analysis.AnalysisJobsViewModel.forWorklist(analyses, subject, background, fxThread, entries);
            analysisJobs.setOnCompleted(id -> traces.panels().map(ReviewPanelsViewModel::findings)
                    .filter(f -> f != null && f.recordingId() == id).forEach(f -> f.load()));
        }
        return analysisJobs;
    }

    /** "Analyse..." on a stored recording: the job list with it chosen (type and priority are picked there); null if none. */
    public io.braingobrrr.app.analysis.AnalysisJobsViewModel analyse(WorklistEntry entry) {
        if (entry == null || analysisJobs() == null) {
            status.set("Select a stored recording first");
            return null;
        }
        analysisJobs.analyse(entry.id());
        return analysisJobs;
    }

    /** The user's settings (null without review services). */
    public SettingsViewModel settings() {
        return settings;
    }

    public void closeView(TraceViewModel view) {
        traces.closeView(view);
    }

    /** Report editors open in tabs, one per recording. */
    public ObservableList<ReportEditorViewModel> openReports() {
        return openReports;
    }

    /** Opens the report editor of the selected stored recording (it analyses the recording first). */
    public void openReport(WorklistEntry entry) {
        if (entry == null || reportEditors == null) {
            status.set("Select a stored recording first");
            return;
        }
        ReportEditorViewModel editor = reportEditors.apply(entry.id());
        openReports.add(editor);
        editor.load();
    }

    public void closeReport(ReportEditorViewModel editor) {
        openReports.remove(editor);
        editor.close();
    }
}
