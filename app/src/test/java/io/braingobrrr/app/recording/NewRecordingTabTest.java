package io.braingobrrr.app.recording;

import io.braingobrrr.app.workstation.MainWindow;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
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
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's "New recording..." opens a recording tab at its setup step; closing it releases it. */
@ExtendWith(ApplicationExtension.class)
class NewRecordingTabTest {
    @TempDir
    static Path tmp;

    private ExecutorService background;
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile(tmp, "main", ".db");
        Files.delete(file);
        background = Executors.newSingleThreadExecutor();
        viewModel = MainWindowViewModel.forDatabase(Database.open(file), background, Platform::runLater);
        stage.setScene(MainWindow.createScene(viewModel));
        stage.show();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void newRecordingOpensASetupTab(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).hasSize(1);
        robot.clickOn("#newRecordingButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 2);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("New recording");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checkButton").tryQuery().isPresent());
        assertThat(viewModel.liveRecordings()).hasSize(1);
        assertThat(viewModel.liveRecordings().get(0).stateProperty().get()).isEqualTo(RecordingState.SETUP);
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).as("no recording before the check").isTrue();
    }
}
