package io.braingobrrr.app.viewer.review;

import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.testing.WorkstationFixture;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.montage.ChannelLayout;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.review.ChannelLayoutService;
import io.braingobrrr.core.review.CustomMontageService;
import io.braingobrrr.core.review.RecordingKey;
import io.braingobrrr.core.review.SleepScoringService;
import io.braingobrrr.core.store.Database;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review panels in the real main window (FXML, ChartFX, SQLite, real recordings) under Monocle: stage
 * keys stored in the database, the stager keeping a manual stage, hypnogram clicks, a montage made in the
 * editor, and channels hidden, reordered and marked bad.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewPanelsUiTest {
    private static final String SLEEP = "sleep/sleep-edf/SC4001E0-PSG_first300s.edf";   // 300 s PSG: 10 epochs
    private static final String NK = "format/mne-testing-data/MB0400FU.EDF";              // 10-20 clinical EEG, 29 s
    private static final Subject LOCAL = Subject.local("gui", "localhost");

    @TempDir
    static Path tmp;

    private WorkstationFixture fixture;
    private MainWindowViewModel viewModel;
    private Path dbFile;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WorkstationFixture.start(stage, tmp, "review");
        viewModel = fixture.viewModel();
        dbFile = fixture.dbFile();
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.stop();
    }

    @Test
    void stageKeyIsStoredAndTheStagerKeepsIt(FxRobot robot) throws Exception {
        Path file = SharedData.file(SLEEP);
        TraceViewModel view = ReviewUi.open(robot, viewModel, file);
        String key = RecordingKey.of(file, view.source());
        SleepScoringService scoring = new SleepScoringService(Database.open(dbFile), new AuditTrail(Database.open(dbFile)));

        robot.interact(() -> view.goTo(65));                          // page start in epoch 3 (index 2: 60-90 s)
        robot.interact(() -> robot.lookup("#tracePane").query().requestFocus());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> scoring.epochs(LOCAL, key).size() == 1);
        SleepScoringService.Epoch scored = scoring.epochs(LOCAL, key).get(0);
        assertEquals(2, scored.index());
        assertEquals("R", scored.stage());
        assertEquals("manual", scored.source());

        robot.interact(() -> view.goTo(0));
        robot.interact(() -> robot.lookup("#tracePane").query().requestFocus());
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> scoring.epochs(LOCAL, key).size() == 2);
        assertEquals("N2", scoring.epochs(LOCAL, key).get(0).stage());

        robot.clickOn("#stageButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> scoring.epochs(LOCAL, key).size() == 10);
        List<SleepScoringService.Epoch> all = scoring.epochs(LOCAL, key);
        assertEquals("R", all.get(2).stage(), "the manual stage survives automatic staging");
        assertEquals("manual", all.get(2).source());
        assertEquals("manual", all.get(0).source());
        assertEquals("auto", all.get(5).source());
        assertEquals(io.braingobrrr.analysis.sleep.SleepStager.NAME + " " + io.braingobrrr.analysis.sleep.SleepStager.VERSION, all.get(5).scorer());
        HypnogramPanelProbe.waitForStages(robot, 10);
        Label message = robot.lookup(".hypnogram-panel .panel-message").queryAs(Label.class);
        assertTrue(message.getText().contains("2 manual epoch(s) kept"), message.getText());
    }

    @Test
    void clickOnTheHypnogramShowsThatEpoch(FxRobot robot) throws Exception {
        TraceViewModel view = ReviewUi.open(robot, viewModel, SharedData.file(SLEEP));
        XYChart chart = robot.lookup(".hypnogram-chart").queryAs(XYChart.class);
        AbstractAxis time = (AbstractAxis) chart.getXAxis();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> time.getWidth() > 100);
        Point2D at = WaitForAsyncUtils.asyncFx(() -> new Point2D(time.localToScreen(time.getDisplayPosition(200), 0).getX(),
                chart.getCanvas().localToScreen(0, chart.getCanvas().getHeight() / 2).getY())).get();
        robot.clickOn(at);
        // 200 s lies in epoch 7 (180-210 s): the page starts at the epoch.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.pageStartProperty().get() == 180.0);
        assertEquals(180.0, view.pageStartProperty().get(), 1e-9);
    }

    @Test
    void spectrogramIsComputedInTheBackgroundAndAClickGoesThere(FxRobot robot) throws Exception {
        TraceViewModel view = ReviewUi.open(robot, viewModel, SharedData.file(SLEEP));
        robot.interact(() -> robot.lookup(".review-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#spectrogramButton");
        javafx.scene.image.ImageView image = robot.lookup("#spectrogramImage").queryAs(javafx.scene.image.ImageView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> image.getImage() != null);
        // 300 s of EEG Fpz-Cz at 100 Hz: 75 columns of 4 s; 0..40 Hz in 0.25 Hz bins.
        assertEquals(75, image.getImage().getWidth());
        assertEquals(161, image.getImage().getHeight());
        javafx.scene.layout.Pane pane = robot.lookup("#spectrogramPane").queryAs(javafx.scene.layout.Pane.class);
        Point2D middle = WaitForAsyncUtils.asyncFx(() -> pane.localToScreen(pane.getWidth() / 2, pane.getHeight() / 2)).get();
        robot.clickOn(middle);
        // Column 37 (148-152 s) is centred: the 10 s page starts at 145 s.
        assertEquals(145.0, view.pageStartProperty().get(), 1e-9);
    }

    @Test
    void montageMadeInTheEditorIsSavedAndShown(FxRobot robot) throws Exception {
        Path file = SharedData.file(NK);
        TraceViewModel view = ReviewUi.open(robot, viewModel, file);
        robot.interact(() -> robot.lookup(".review-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        TextArea definition = robot.lookup("#definitionArea").queryAs(TextArea.class);
        Label message = robot.lookup(".montage-panel .panel-message").queryAs(Label.class);

        robot.interact(() -> {
            name.setText("Left temporal");
            definition.setText("Fp1-T3 = Fp1 - T3\nC3 - XY7\n");
        });
        robot.clickOn("#saveButton");
        assertEquals("line 2: unknown electrode 'XY7' (10-10 names such as Fp1, T7, Cz, or AVG)", message.getText());

        robot.interact(() -> definition.setText("Fp1-T3 = Fp1 - T3\nC3 - AVG\nC3 Hjorth = C3 - 0.25*F3 - 0.25*T3 - 0.25*Cz - 0.25*P3\n"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Left temporal".equals(view.montageProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();          // the montage's listeners finish on the FX thread
        assertEquals(List.of("Fp1-T3", "C3-AVG", "C3 Hjorth"), List.copyOf(view.channelLabels()));
        Montage stored = new CustomMontageService(Database.open(dbFile), new AuditTrail(Database.open(dbFile)))
                .find(LOCAL, "Left temporal").orElseThrow();
        assertEquals(Map.of("Fp1", 1.0, "T7", -1.0), stored.derivations().get(0).weights());
        assertTrue(robot.lookup("#montageBox").queryComboBox().getItems().contains("Left temporal"));
        ListView<String> saved = robot.lookup("#montageList").queryListView();
        assertEquals(List.of("Left temporal"), List.copyOf(saved.getItems()));
    }

    @Test
    void channelsHiddenReorderedAndMarkedBadAreStoredForTheRecording(FxRobot robot) throws Exception {
        Path file = SharedData.file(NK);
        TraceViewModel view = ReviewUi.open(robot, viewModel, file);
        String key = RecordingKey.of(file, view.source());
        robot.interact(() -> robot.lookup(".review-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        List<String> original = List.copyOf(view.channelLabels());
        assertEquals("EEG Fp2-Ref", original.get(0));

        ListView<?> channels = robot.lookup("#channelList").queryListView();
        robot.interact(() -> channels.getSelectionModel().select(0));
        robot.clickOn("#downButton");
        assertEquals(List.of(original.get(1), original.get(0)), view.channelLabels().subList(0, 2));

        robot.clickOn(robot.lookup("#channelList .check-box").nth(0).queryAs(javafx.scene.Node.class));   // now original[1]
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.channelLabels().contains(original.get(1)), view.channelLabels().toString());

        robot.clickOn(robot.lookup("#signalList .check-box").nth(2).queryAs(javafx.scene.Node.class));    // signal 3 bad
        WaitForAsyncUtils.waitForFxEvents();
        String bad = view.source().signals().get(2).label();
        assertFalse(view.channelLabels().contains(bad), view.channelLabels().toString());
        assertEquals(original.size() - 2, view.channelLabels().size());

        ChannelLayoutService layouts = new ChannelLayoutService(Database.open(dbFile), new AuditTrail(Database.open(dbFile)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layouts.layout(LOCAL, key).bad().contains(bad));
        ChannelLayout stored = layouts.layout(LOCAL, key);
        assertEquals(java.util.Set.of(original.get(1)), stored.hidden());
        assertEquals(List.of(original.get(1), original.get(0)), stored.order().subList(0, 2));

        // Opened again, the recording comes back with its layout.
        TraceViewModel again = ReviewUi.open(robot, viewModel, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.channelLabels().equals(view.channelLabels()));
    }
}
