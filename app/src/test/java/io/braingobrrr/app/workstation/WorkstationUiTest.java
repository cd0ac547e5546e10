package io.braingobrrr.app.workstation;

import io.braingobrrr.app.recordings.DemoRecording;
import io.braingobrrr.app.recordings.WorklistEntry;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real main window (FXML, CSS, view model, services, SQLite) under headless Monocle: the demo
 * recording appears in an empty database, imports show up, the search field filters the worklist, and a real
 * file opens in a trace tab that pages, switches montage and filters.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationUiTest {
    @TempDir
    static Path tmp;

    private ExecutorService background;
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path dbFile = Files.createTempFile(tmp, "workstation", ".db");
        Files.delete(dbFile);
        background = Executors.newSingleThreadExecutor();
        viewModel = MainWindowViewModel.forDatabase(Database.open(dbFile), background, Platform::runLater);
        stage.setScene(MainWindow.createScene(viewModel));
        stage.show();
        viewModel.start();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void demoRecordingAppearsAndSearchFiltersIt(FxRobot robot) throws Exception {
        TableView<WorklistEntry> table = robot.lookup("#worklistTable").queryTableView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WorklistEntry demo = table.getItems().get(0);
        assertEquals(DemoRecording.PATIENT_NAME + " (" + DemoRecording.PATIENT_MRN + ")", demo.patient());
        assertEquals(19, demo.channels());
        assertEquals(300.0, demo.durationSeconds(), 1e-9);

        robot.clickOn("#searchField").write("no such patient");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size());

        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(search::clear);
        robot.clickOn(search).write("demo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
    }

    @Test
    void importedFileIsListedAndFoundBySearch(FxRobot robot) throws Exception {
        Path file = SharedData.file("format/mne-testing-data/test_generator_2.edf");
        TableView<WorklistEntry> table = robot.lookup("#worklistTable").queryTableView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 1);   // the demo

        robot.interact(() -> viewModel.openFile(file));
        TextArea summary = robot.lookup("#summaryArea").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("test_generator_2.edf"));
        assertTrue(summary.getText().contains("signals (11)"), summary.getText());
        assertTrue(summary.getText().contains("RECORD START"), summary.getText());

        robot.clickOn("Import");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.clickOn("#searchField").write("generator");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        WorklistEntry imported = table.getItems().get(0);
        assertEquals("test_generator_2.edf", imported.sourceFile());
        assertEquals(11, imported.channels());
        assertEquals("imported", imported.status());
    }

    @Test
    void realFileOpensInATraceTabPagesAndSwitchesMontage(FxRobot robot) throws Exception {
        Path file = SharedData.file("format/mne-testing-data/MB0400FU.EDF");    // real NK clinical EEG, 29 s
        robot.interact(() -> viewModel.viewFile(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.openViews().size() == 1);
        TraceViewModel view = viewModel.openViews().get(0);
        // The tab's content joins the scene graph at the TabPane's next layout pass.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#traceImage").tryQuery().isPresent());
        ImageView image = robot.lookup("#traceImage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> image.getImage() != null);
        Label time = robot.lookup("#timeLabel").queryAs(Label.class);
        assertTrue(time.getText().contains("+0:00:00"), time.getText());
        assertEquals("EEG Fp2-Ref", view.channelLabels().get(0));       // as recorded
        int[] first = pixels(image);

        robot.clickOn("#tracePane").type(KeyCode.PAGE_DOWN);
        assertEquals(10.0, view.pageStartProperty().get(), 1e-9);
        assertTrue(time.getText().contains("+0:00:10"), time.getText());
        int[] second = pixels(image);
        assertFalse(Arrays.equals(first, second), "the image changes with the page");

        robot.type(KeyCode.PAGE_UP);
        assertEquals(0.0, view.pageStartProperty().get(), 1e-9);
        assertTrue(time.getText().contains("+0:00:00"), time.getText());

        ComboBox<String> montage = robot.lookup("#montageBox").queryComboBox();
        robot.interact(() -> montage.setValue("double-banana"));
        assertEquals("Fp1-F7", view.channelLabels().get(0));
        assertEquals(18, view.channelLabels().size());
        assertFalse(Arrays.equals(first, pixels(image)), "the image changes with the montage");

        ComboBox<Double> notch = robot.lookup("#notchBox").queryComboBox();
        int[] beforeNotch = pixels(image);
        robot.interact(() -> notch.setValue(50.0));
        assertFalse(Arrays.equals(beforeNotch, pixels(image)), "the 50 Hz notch changes the traces");

        ListView<?> annotations = robot.lookup("#annotationList").queryListView();
        assertTrue(annotations.getItems().size() >= 2, "annotations listed: " + annotations.getItems());
    }

    private static int[] pixels(ImageView view) throws Exception {
        int[] out = new int[(int) (view.getImage().getWidth() * view.getImage().getHeight())];
        WaitForAsyncUtils.asyncFx(() -> view.getImage().getPixelReader().getPixels(0, 0, (int) view.getImage().getWidth(),
                (int) view.getImage().getHeight(), PixelFormat.getIntArgbInstance(), out, 0,
                (int) view.getImage().getWidth())).get();
        return out;
    }
}
