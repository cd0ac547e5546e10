package io.braingobrrr.app.settings;

import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.testing.WorkstationFixture;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.paint.Color;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings dialog in the real main window: a theme switch restyles the whole workstation, a bad
 * calibration is refused with its reason, and the settings survive a restart (a new Database on the same file).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    @TempDir
    static Path tmp;

    private WorkstationFixture fixture;
    private MainWindowViewModel viewModel;
    private Scene scene;
    private Path dbFile;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WorkstationFixture.start(stage, tmp, "settings");
        viewModel = fixture.viewModel();
        scene = fixture.scene();
        dbFile = fixture.dbFile();
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.stop();
    }

    @Test
    void darkThemeAndDefaultsSurviveARestart(FxRobot robot) throws Exception {
        assertFalse(scene.getRoot().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")), scene.getRoot().getStylesheets().toString());
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#themeBox").tryQuery().isPresent());
        ComboBox<UserSettings.Theme> theme = robot.lookup("#themeBox").queryComboBox();
        ComboBox<Double> sensitivity = robot.lookup("#sensitivityBox").queryComboBox();
        ComboBox<Double> page = robot.lookup("#pageBox").queryComboBox();
        TextField mm = robot.lookup("#mmField").queryAs(TextField.class);

        robot.interact(() -> {
            theme.setValue(UserSettings.Theme.DARK);
            sensitivity.setValue(10.0);
            page.setValue(20.0);
            mm.setText("abc");
        });
        robot.clickOn("#saveButton");
        assertEquals("screen calibration 'abc' is not a number of mm per pixel",
                robot.lookup("#messageLabel").queryLabeled().getText());
        assertTrue(Window.getWindows().size() > 1, "the dialog stays open on a bad value");

        robot.interact(() -> mm.setText("0.2"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getRoot().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")), scene.getRoot().getStylesheets().toString());

        // A trace view opened now starts with the saved defaults.
        robot.interact(() -> viewModel.viewFile(SharedData.file("format/mne-testing-data/MB0400FU.EDF")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.openViews().size() == 1);
        TraceViewModel view = viewModel.openViews().get(0);
        assertEquals(10.0, view.sensitivityProperty().get());
        assertEquals(20.0, view.pageSecondsProperty().get());

        // Restart: a new database object and view model on the same file.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "dark".equals(
                new io.braingobrrr.core.review.UserSettingsService(Database.open(dbFile))
                        .load(io.braingobrrr.core.identity.Subject.local("gui", "localhost")).get("theme")));
        MainWindowViewModel restarted = MainWindowViewModel.forDatabase(Database.open(dbFile), fixture.background(), Platform::runLater);
        robot.interact(restarted::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> restarted.settings().currentProperty().get().theme() == UserSettings.Theme.DARK);
        UserSettings s = restarted.settings().currentProperty().get();
        assertEquals(10.0, s.sensitivity());
        assertEquals(20.0, s.pageSeconds());
        assertEquals(0.2, s.mmPerPixel());
    }

    @Test
    void aChosenTraceColourSurvivesARestart(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#traceColourPicker").tryQuery().isPresent());
        ColorPicker trace = robot.lookup("#traceColourPicker").queryAs(ColorPicker.class);
        ColorPicker background = robot.lookup("#backgroundColourPicker").queryAs(ColorPicker.class);
        assertEquals(Color.web("#101820"), trace.getValue(), "the picker starts at the default trace colour");
        robot.interact(() -> {
            trace.setValue(Color.web("#0055aa"));
            background.setValue(Color.web("#fffbe6"));
        });
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "#0055aa".equals(
                new io.braingobrrr.core.review.UserSettingsService(Database.open(dbFile))
                        .load(io.braingobrrr.core.identity.Subject.local("gui", "localhost")).get("trace_colour")));

        MainWindowViewModel restarted = MainWindowViewModel.forDatabase(Database.open(dbFile), fixture.background(), Platform::runLater);
        robot.interact(restarted::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> restarted.settings().currentProperty().get().palette().trace() == 0xFF0055AA);
        assertEquals(0xFFFFFBE6, restarted.settings().currentProperty().get().palette().background());
        // A trace view opened after the restart draws in the saved colours.
        robot.interact(() -> restarted.viewFile(SharedData.file("format/mne-testing-data/MB0400FU.EDF")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> restarted.openViews().size() == 1);
        assertEquals(0xFF0055AA, restarted.openViews().get(0).displaySettings().palette().trace());
        assertEquals(0xFFFFFBE6, restarted.openViews().get(0).displaySettings().palette().background());
    }
}
