package io.braingobrrr.app.workstation;

import io.braingobrrr.app.recording.RecordingView;
import io.braingobrrr.app.recording.RecordingViewModel;
import io.braingobrrr.app.recordings.WorklistEntry;
import io.braingobrrr.app.reporting.editor.ReportEditorView;
import io.braingobrrr.app.reporting.editor.ReportEditorViewModel;
import io.braingobrrr.app.report.Times;
import io.braingobrrr.app.settings.SettingsDialog;
import io.braingobrrr.app.viewer.review.ReviewDock;
import io.braingobrrr.app.viewer.review.ReviewPanelsViewModel;
import io.braingobrrr.app.viewer.trace.TraceView;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import javafx.collections.ListChangeListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.function.Function;

/** Binds the FXML controls to {@link MainWindowViewModel}; the only code here is wiring and file dialogs. */
public final class MainWindowController {
    private final MainWindowViewModel viewModel;

    @FXML private TextField searchField;
    @FXML private TableView<WorklistEntry> worklistTable;
    @FXML private TableColumn<WorklistEntry, Long> idColumn;
    @FXML private TableColumn<WorklistEntry, String> patientColumn;
    @FXML private TableColumn<WorklistEntry, String> startColumn;
    @FXML private TableColumn<WorklistEntry, String> durationColumn;
    @FXML private TableColumn<WorklistEntry, Integer> channelsColumn;
    @FXML private TableColumn<WorklistEntry, String> statusColumn;
    @FXML private TextArea summaryArea;
    @FXML private TabPane tabs;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button importButton;
    @FXML private Button auditButton;
    @FXML private Button outboxButton;

    public MainWindowController(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        column(idColumn, WorklistEntry::id);
        column(patientColumn, WorklistEntry::patient);
        column(startColumn, e -> Times.iso(e.start()).replace('T', ' '));
        column(durationColumn, e -> Times.clock(e.durationSeconds()));
        column(channelsColumn, WorklistEntry::channels);
        column(statusColumn, WorklistEntry::status);
        worklistTable.setItems(viewModel.visibleEntries());
        worklistTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, entry) -> viewModel.showRecording(entry));
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        summaryArea.textProperty().bind(viewModel.summaryProperty());
        viewModel.openViews().addListener((ListChangeListener<TraceViewModel>) change -> {
            while (change.next()) {
                for (TraceViewModel view : change.getAddedSubList()) addTab(view);
            }
        });
        viewModel.openReports().addListener((ListChangeListener<ReportEditorViewModel>) change -> {
            while (change.next()) {
                for (ReportEditorViewModel editor : change.getAddedSubList()) addReportTab(editor);
            }
        });
        viewModel.liveRecordings().addListener((ListChangeListener<RecordingViewModel>) change -> {
            while (change.next()) {
                for (RecordingViewModel r : change.getAddedSubList()) addRecordingTab(r);
            }
        });
        worklistTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) viewModel.viewTraces(worklistTable.getSelectionModel().getSelectedItem());
        });
        statusLabel.textProperty().bind(viewModel.statusProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        importButton.disableProperty().bind(viewModel.openedFileProperty().isNull());
        auditButton.setVisible(viewModel.mayBrowseAudit());
        auditButton.setManaged(viewModel.mayBrowseAudit());
        outboxButton.setVisible(viewModel.mayManageSync());
        outboxButton.setManaged(viewModel.mayManageSync());
    }

    private static <T> void column(TableColumn<WorklistEntry, T> column, Function<WorklistEntry, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open EDF/BDF recording");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("EDF/BDF recordings", "*.edf", "*.EDF", "*.bdf", "*.BDF"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(worklistTable.getScene().getWindow());
        if (file != null) viewModel.openFile(file.toPath());
    }

    private void addTab(TraceViewModel view) {
        ReviewPanelsViewModel panels = viewModel.panelsFor(view);
        Tab tab = new Tab(view.title(), panels == null ? TraceView.create(view) : ReviewDock.create(panels));
        tab.setOnClosed(e -> viewModel.closeView(view));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private void addReportTab(ReportEditorViewModel editor) {
        Tab tab = new Tab(editor.titleProperty().get(), ReportEditorView.create(editor));
        tab.textProperty().bind(editor.titleProperty());
        tab.setOnClosed(e -> viewModel.closeReport(editor));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** The sync queue in a tab of its own. */
    @FXML
    private void openOutbox() {
        io.braingobrrr.app.outbox.OutboxViewModel outbox = viewModel.outbox();
        if (outbox == null) return;
        Tab tab = new Tab("Sync queue", io.braingobrrr.app.outbox.OutboxView.create(outbox));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** The audit trail browser in a tab of its own (admins only: the button is hidden for others). */
    @FXML
    private void openAuditTrail() {
        io.braingobrrr.app.audit.AuditTrailViewModel audit = viewModel.auditTrail();
        if (audit == null) return;
        Tab tab = new Tab("Audit trail", io.braingobrrr.app.audit.AuditTrailView.create(audit));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** "Analyse..." (toolbar or worklist menu): the job list with the selected recording chosen. */
    @FXML
    private void analyse() {
        if (viewModel.analyse(worklistTable.getSelectionModel().getSelectedItem()) != null) openAnalysisJobs();
    }

    /** The analysis jobs in one tab per window: selected again when it is open. */
    @FXML
    private void openAnalysisJobs() {
        io.braingobrrr.app.analysis.AnalysisJobsViewModel jobs = viewModel.analysisJobs();
        if (jobs == null) return;
        Tab tab = tabs.getTabs().stream().filter(t -> "analysisJobsTab".equals(t.getId())).findFirst().orElseGet(() -> {
            Tab t = new Tab("Analysis jobs", io.braingobrrr.app.analysis.AnalysisJobsView.create(jobs));
            t.setId("analysisJobsTab");
            t.setOnClosed(e -> jobs.close());
            tabs.getTabs().add(t);
            return t;
        });
        jobs.start();
        tabs.getSelectionModel().select(tab);
    }

    @FXML
    private void newRecording() {
        viewModel.newRecording();
    }

    private void addRecordingTab(RecordingViewModel recording) {
        Tab tab = new Tab("New recording", RecordingView.create(recording));
        tab.setOnClosed(e -> viewModel.closeRecording(recording));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    @FXML
    private void openReport() {
        viewModel.openReport(worklistTable.getSelectionModel().getSelectedItem());
    }

    /** The opened file if there is one, else the recording selected in the worklist. */
    @FXML
    private void viewTraces() {
        if (viewModel.openedFileProperty().get() != null) viewModel.viewFile(viewModel.openedFileProperty().get());
        else viewModel.viewTraces(worklistTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void importOpenedFile() {
        viewModel.importOpenedFile();
    }

    @FXML
    private void openSettings() {
        if (viewModel.settings() != null) SettingsDialog.show(worklistTable.getScene().getWindow(), viewModel.settings());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
