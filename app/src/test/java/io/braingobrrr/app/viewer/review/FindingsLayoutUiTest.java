package io.braingobrrr.app.viewer.review;

import io.braingobrrr.app.analysis.Analyses;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.testing.WorkstationFixture;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.core.store.RecordingStore;
import javafx.scene.Parent;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings panel and the job list at laptop size with a real comprehensive result: no text cut, and with
 * -Dbrrr.screenshots=DIR the two windows as PNG (docs/images/findings.png, docs/images/analysis-jobs.png).
 */
@ExtendWith(ApplicationExtension.class)
class FindingsLayoutUiTest {
    @TempDir
    static Path tmp;

    private WorkstationFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WorkstationFixture.start(stage, tmp, "findings");
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.stop();
    }

    @Test
    void findingsAndJobsFitAtLaptopSize(FxRobot robot) throws Exception {
        MainWindowViewModel viewModel = fixture.viewModel();
        Database db = Database.open(fixture.dbFile());
        long id = new RecordingImporter(new RecordingStore(db)).importFile(SharedData.file("eegmmidb/S001R03.edf"), null, f -> { });
        Analyses analyses = Analyses.forDatabase(db);
        long analysis = analyses.jobs().submit(Subject.local("test", "localhost"), id, "comprehensive", "expedite", null).id();
        assertTrue(analyses.jobs().await(analysis, 120_000), "analysis finished");
        robot.interact(() -> {
            fixture.stage().setWidth(1366);
            fixture.stage().setHeight(768);
            viewModel.refresh();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.visibleEntries().size() == 1);
        robot.interact(() -> viewModel.viewTraces(viewModel.visibleEntries().get(0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".review-tabs").tryQuery().isPresent());
        TabPane panels = robot.lookup(".review-tabs").queryAs(TabPane.class);
        robot.interact(() -> panels.getSelectionModel().select(
                panels.getTabs().stream().filter(t -> "findingsTab".equals(t.getId())).findFirst().orElseThrow()));
        Label grade = robot.lookup("#gradeLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !grade.getText().equals("—"));
        TableView<?> findings = robot.lookup("#findingTable").queryTableView();
        assertTrue(!findings.getItems().isEmpty(), "a real EEG with findings to show");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> drivers = robot.lookup("#screeningList").queryListView();
        assertTrue(!drivers.getItems().isEmpty() && drivers.getHeight() >= 48,
                "the findings that drove the triage are listed and visible: " + drivers.getItems() + " " + drivers.getHeight());
        Parent root = fixture.scene().getRoot();
        List<String> clipped = WaitForAsyncUtils.asyncFx(() -> ReviewUi.clippedTexts(root)).get();
        assertEquals(List.of(), clipped, "findings panel at 1366x768");
        LayoutUiTest.screenshot(fixture.scene(), "findings.png");

        robot.clickOn("#jobsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#jobTable").tryQuery().isPresent()
                && !robot.lookup("#jobTable").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ReviewUi.clippedTexts(root)).get(), "job list at 1366x768");
        LayoutUiTest.screenshot(fixture.scene(), "analysis-jobs.png");
    }
}
