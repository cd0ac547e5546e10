package io.braingobrrr.app.analysis;

import io.braingobrrr.app.testing.MainWindowFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.viewer.trace.OverviewBar;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.synth.SyntheticRecording;
import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.core.store.RecordingStore;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analyses from the real window under Monocle on a real SQLite file: queue one from the worklist, watch it reach
 * 100 % in the job list, see the findings panel fill from the stored rows (read back here with plain JDBC and
 * Jackson, not through the code under test), run a comprehensive one from the trace tab, and cancel a long one.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisJobsUiTest {
    /** Real 64-channel EEG, 125 s: long enough to stage (the 29 s clinical file fails "shorter than one 30 s epoch"). */
    private static final String FILE = "eegmmidb/S001R03.edf";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private MainWindowFixture window;
    private ExecutorService background;
    private MainWindowViewModel viewModel;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindowFixture.show(stage, MainWindowFixture.freshDatabase(tmp, "analyses"));
        db = window.db();
        background = window.background();
        viewModel = window.viewModel();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        window.close();
    }

    @Test
    void anAnalysisQueuedFromTheWorklistReaches100PercentAndFillsTheFindingsPanel(FxRobot robot) throws Exception {
        long recording = new RecordingImporter(new RecordingStore(db)).importFile(SharedData.file(FILE), null, f -> { });
        robot.interact(viewModel::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.visibleEntries().size() == 1);
        TableView<?> worklist = robot.lookup("#worklistTable").queryTableView();
        robot.interact(() -> worklist.getSelectionModel().select(0));

        // 1. "Analyse..." (the worklist's context menu) opens the job list with the recording chosen; quick, urgent, Queue.
        analyseFromWorklist(robot, worklist);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#queueButton").tryQuery().isPresent());
        Label target = robot.lookup("#targetLabel").queryAs(Label.class);
        assertTrue(target.getText().startsWith(recording + " "), target.getText());
        ChoiceBox<String> priority = robot.lookup("#priorityChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> priority.setValue("urgent"));
        robot.clickOn("#queueButton");

        // 2. The row appears and runs to the end without anyone pressing Refresh.
        AnalysisJobsViewModel jobs = viewModel.analysisJobs();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !jobs.rows().isEmpty()
                && jobs.rows().get(0).statusProperty().get().equals("completed"));
        JobRow row = jobs.rows().get(0);
        assertEquals(List.of("quick", "urgent", "100 %", "done"),
                List.of(row.type(), row.priority(), row.percentProperty().get(), row.stageProperty().get()));
        assertFalse(row.startedProperty().get().isEmpty(), "started time shown");
        assertFalse(row.finishedProperty().get().isEmpty(), "finished time shown");
        WaitForAsyncUtils.waitForFxEvents();
        List<ProgressBar> bars = robot.lookup(".job-progress").queryAllAs(ProgressBar.class).stream()
                .filter(Node::isVisible).toList();
        assertEquals(1, bars.size());
        assertEquals(1.0, bars.get(0).getProgress(), 1e-9);
        assertEquals(List.of("abnormality", "quality", "spectral"), kinds(row.id()));
        assertEquals(2, priorityInDatabase(row.id()), "urgent is stored as the Priority ordinal, as the API stores it");
        assertEquals(1, auditCount("analysis.create"));

        // 3. The trace tab's findings panel shows what was stored.
        robot.interact(() -> viewModel.viewTraces(viewModel.visibleEntries().get(0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.openViews().size() == 1);
        TraceViewModel trace = viewModel.openViews().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".review-tabs").tryQuery().isPresent());
        TabPane reviewTabs = robot.lookup(".review-tabs").queryAs(TabPane.class);
        robot.interact(() -> reviewTabs.getSelectionModel().select(
                reviewTabs.getTabs().stream().filter(t -> "findingsTab".equals(t.getId())).findFirst().orElseThrow()));
        JsonNode quality = payload(row.id(), "quality");
        Label grade = robot.lookup("#gradeLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !grade.getText().equals("—"));
        assertEquals(quality.path("grade").asText().toLowerCase(Locale.ROOT), grade.getText());
        assertEquals(String.format(Locale.ROOT, "%.1f %%", quality.path("usable_percent").asDouble()),
                robot.lookup("#usableLabel").queryAs(Label.class).getText());
        TableView<?> channels = robot.lookup("#channelTable").queryTableView();
        assertEquals(quality.path("channels").size(), channels.getItems().size());
        assertEquals(64, channels.getItems().size(), "S001R03 has 64 EEG channels");
        JsonNode screening = payload(row.id(), "abnormality");
        Label screeningLabel = robot.lookup("#screeningLabel").queryAs(Label.class);
        assertTrue(screeningLabel.getText().endsWith("suggested triage: " + screening.path("triage").asText().toLowerCase(Locale.ROOT)),
                screeningLabel.getText());
        assertTrue(robot.lookup("#noteLabel").queryAs(Label.class).getText().contains("does not diagnose"));

        // A comprehensive analysis from the trace tab: its events become findings, marks and overview marks.
        ChoiceBox<String> type = robot.lookup("#findingsTypeChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> type.setValue("comprehensive"));
        robot.clickOn("#findingsAnalyseButton");
        Label message = robot.lookup("#findingsMessage").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> message.getText().equals("Results of analysis " + (row.id() + 1)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("findings panel says '" + message.getText() + "', job '"
                    + robot.lookup("#jobLabel").queryAs(Label.class).getText() + "'", e);
        }
        assertEquals(List.of("abnormality", "events", "quality", "sleep", "spectral"), kinds(row.id() + 1));
        List<double[]> expected = new ArrayList<>();
        for (JsonNode e : payload(row.id() + 1, "events").path("events")) {
            if (List.of("spike", "seizure", "artifact").contains(e.path("kind").asText())) {
                expected.add(new double[]{e.path("onset_s").asDouble(), e.path("duration_s").asDouble()});
            }
        }
        // The hypnogram (and the overview strip it feeds) takes the stored staging while nothing is scored by hand.
        List<String> staged = new ArrayList<>();
        for (JsonNode e : payload(row.id() + 1, "sleep").path("epochs")) staged.add(e.path("stage").asText());
        assertFalse(staged.isEmpty(), "125 s holds whole 30 s epochs to stage");
        List<String> strip = new ArrayList<>(staged);
        while (strip.size() < 5) strip.add(null);           // 125 s = 5 epochs on the strip, the partial one unstaged
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trace.hypnogramStages().equals(strip));
        TableView<?> findings = robot.lookup("#findingTable").queryTableView();
        assertEquals(expected.size(), findings.getItems().size());
        assertEquals(expected.size(), trace.findingMarks().size());
        OverviewBar overview = robot.lookup(".overview-bar").queryAs(OverviewBar.class);
        assertEquals(expected.size(), overview.findings().size());
        assertTrue(!expected.isEmpty(), "the EEG has artifacts or events to list");
        expected.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] last = expected.get(expected.size() - 1);
        robot.interact(() -> findings.getSelectionModel().select(findings.getItems().size() - 1));
        double page = trace.pageSecondsProperty().get();
        double want = Math.max(0, Math.min(trace.durationSeconds() - page, last[0] - page / 2));
        assertEquals(want, trace.pageStartProperty().get(), 1e-6, "a click on a finding centres the page on it");

        // A quick analysis queued from the job list: the open findings panel reloads when it completes; the newer
        // quality replaces the old one, the events of the comprehensive run stay (the latest result of each kind).
        analyseFromWorklist(robot, worklist);
        robot.clickOn("#queueButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message.getText().equals("Results of analysis " + (row.id() + 2)));
        assertEquals(expected.size(), findings.getItems().size());
    }

    @Test
    void aLongComprehensiveAnalysisCancelledFromTheJobListStopsAndStoresNothing(FxRobot robot) throws Exception {
        // 19 channels x 256 Hz x 2 h: on a quiet machine the scan takes about 2 s and event detection (from 96 %)
        // about 6 s more (1 h measured: 1.5 s + 3 s), so the cancel lands while the job runs.
        long recording;
        try (SyntheticRecording eeg = new SyntheticRecording(19, 256, 7200, 7L, LocalDateTime.of(2026, 1, 1, 22, 0))) {
            recording = new RecordingStore(db).importRecording(eeg, ImportInfo.of("long synthetic EEG"));
        }
        robot.interact(viewModel::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.visibleEntries().size() == 1);
        robot.interact(() -> viewModel.analyse(viewModel.visibleEntries().get(0)));
        robot.clickOn("#jobsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#queueButton").tryQuery().isPresent());
        ChoiceBox<String> type = robot.lookup("#typeChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> type.setValue("comprehensive"));
        robot.clickOn("#queueButton");
        AnalysisJobsViewModel jobs = viewModel.analysisJobs();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !jobs.rows().isEmpty()
                && jobs.rows().get(0).statusProperty().get().equals("running") && jobs.rows().get(0).progressProperty().get() > 0);
        JobRow row = jobs.rows().get(0);
        assertEquals(recording, row.recordingId());
        assertEquals("comprehensive", row.type());
        assertTrue(row.progressProperty().get() < 0.99, "not yet storing results when cancelled");

        TableView<JobRow> table = robot.lookup("#jobTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#cancelButton");
        // The row says cancelled only once the worker has let go of the job: the stage loop really stopped.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> row.statusProperty().get().equals("cancelled"));
        assertEquals(List.of(), kinds(row.id()), "a cancelled analysis stores no result");
        assertTrue(row.progressProperty().get() < 0.99, "stopped before storing: " + row.progressProperty().get());
        assertEquals("cancelled", row.stageProperty().get());
        assertFalse(row.finishedProperty().get().isEmpty());
        assertEquals(1, auditCount("analysis.cancel"));

        // Run again: a new job of the same type and priority, queued (the old row stays as it was).
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#rerunButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs.rows().size() == 2);
        JobRow again = jobs.rows().get(0);
        assertEquals(List.of(row.id() + 1, recording, "comprehensive", "normal"),
                List.of(again.id(), again.recordingId(), again.type(), again.priority()));
        assertEquals("cancelled", jobs.rows().get(1).statusProperty().get());
        robot.interact(() -> table.getSelectionModel().select(again));
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> again.statusProperty().get().equals("cancelled"));
        assertEquals(List.of(), kinds(again.id()));
    }

    @Test
    void aResearcherSeesTheJobsButCannotQueueAndTheServiceRefusesAnyway(FxRobot robot) throws Exception {
        long recording = new RecordingImporter(new RecordingStore(db)).importFile(SharedData.file(FILE), null, f -> { });
        Subject researcher = new Subject(9L, "rita", Role.RESEARCHER, "gui", "localhost");
        AnalysisJobsViewModel jobs = new AnalysisJobsViewModel(Analyses.forDatabase(db), researcher, background,
                Platform::runLater, id -> "recording " + id);
        robot.interact(() -> robot.targetWindow().getScene().setRoot(new javafx.scene.layout.StackPane(AnalysisJobsView.create(jobs))));
        assertFalse(robot.lookup("#queueBar").query().isVisible(), "no queue bar without analyses_write");
        assertFalse(robot.lookup("#cancelButton").query().isVisible());
        robot.interact(() -> {
            jobs.analyse(recording);
            jobs.queue();
        });
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Cannot queue"));
        assertEquals("Cannot queue the analysis: role researcher may not do this (needs analyses_write)", message.getText());
        assertEquals(0, count("SELECT COUNT(*) FROM analyses"));
        assertEquals(0, auditCount("analysis.create"));
        assertTrue(jobs.live(), "the list refreshes itself while shown");
        robot.interact(() -> robot.targetWindow().getScene().setRoot(new javafx.scene.layout.StackPane()));
        assertFalse(jobs.live(), "and stops once out of the window (a user switch drops the main window)");
    }

    /**
     * The worklist's context menu on its first row, then "Analyse..." in it. Monocle turns no right-click into a
     * context-menu request, so the menu the FXML declares is shown directly; its item is clicked as a user would.
     */
    private static void analyseFromWorklist(FxRobot robot, TableView<?> worklist) throws Exception {
        TabPane main = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> main.getSelectionModel().select(0));
        Node firstRow = robot.from(worklist).lookup(".table-row-cell").nth(0).query();
        robot.interact(() -> worklist.getContextMenu().show(firstRow, javafx.geometry.Side.BOTTOM, 0, 0));
        robot.clickOn("Analyse...");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#queueButton").tryQuery().isPresent()
                && robot.lookup("#queueButton").query().isVisible());
    }

    private int count(String sql) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<String> kinds(long analysis) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT kind FROM results WHERE analysis_id = " + analysis + " ORDER BY kind")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private JsonNode payload(long analysis, String kind) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT payload FROM results WHERE analysis_id = " + analysis + " AND kind = '" + kind + "'")) {
            assertTrue(rs.next(), "no " + kind + " result of analysis " + analysis);
            return JSON.readTree(rs.getString(1));
        }
    }

    private int priorityInDatabase(long analysis) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT priority FROM analyses WHERE id = " + analysis)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    int auditCount(String action) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
