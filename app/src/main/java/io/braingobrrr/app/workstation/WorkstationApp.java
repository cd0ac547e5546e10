package io.braingobrrr.app.workstation;

import io.braingobrrr.core.store.Database;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JavaFX application: opens the default database (the user's data folder, or -Dbrrr.db), shows the
 * main window and loads the worklist, creating the demo recording when the database is empty.
 */
public final class WorkstationApp extends Application {
    private static volatile int exitStatus;
    private ExecutorService background;

    static int exitStatus() {
        return exitStatus;
    }

    @Override
    public void start(Stage stage) {
        Database database;
        try {
            database = Database.openDefault();
        } catch (RuntimeException e) {
            System.err.println("brrr: cannot open the database: " + e.getMessage());
            exitStatus = 1;
            Platform.exit();
            return;
        }
        // One worker: imports and the demo queue up rather than competing for SQLite's single writer.
        background = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "brrr-background");
            t.setDaemon(true);
            return t;
        });
        MainWindowViewModel viewModel = MainWindowViewModel.forDatabase(database, background, Platform::runLater);
        io.braingobrrr.sync.SyncServices.create(database).startWorkers(java.time.Duration.ofSeconds(1));   // daemon threads
        stage.setTitle("Brain-Go-Brrr — " + database.file());
        stage.setScene(MainWindow.createScene(viewModel));
        stage.show();
        viewModel.start();
    }

    @Override
    public void stop() {
        // Interrupting cancels a running import; the store rolls it back, so nothing half-imported remains.
        if (background != null) background.shutdownNow();
    }
}
