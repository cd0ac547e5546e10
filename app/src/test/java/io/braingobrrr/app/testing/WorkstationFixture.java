package io.braingobrrr.app.testing;

import io.braingobrrr.app.workstation.MainWindow;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The real main window over a fresh database file, for TestFX tests: start it in @Start, stop it after each test. */
public record WorkstationFixture(Path dbFile, ExecutorService background, MainWindowViewModel viewModel, Scene scene, Stage stage) {

    public static WorkstationFixture start(Stage stage, Path dir, String name) throws Exception {
        Path dbFile = Files.createTempFile(dir, name, ".db");
        Files.delete(dbFile);
        ExecutorService background = Executors.newSingleThreadExecutor();
        MainWindowViewModel viewModel = MainWindowViewModel.forDatabase(Database.open(dbFile), background, Platform::runLater);
        Scene scene = MainWindow.createScene(viewModel);
        stage.setScene(scene);
        stage.show();
        return new WorkstationFixture(dbFile, background, viewModel, scene, stage);
    }

    public void stop() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }
}
