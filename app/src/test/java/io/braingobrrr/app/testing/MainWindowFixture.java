package io.braingobrrr.app.testing;

import io.braingobrrr.app.workstation.MainWindow;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The workstation's main window shown on a stage, on a given database, with the single background thread the
 * workstation uses. UI tests build one in their {@code @Start} and close it after each test, so a job left
 * running by one test cannot write into the next one's database.
 */
public final class MainWindowFixture implements AutoCloseable {
    private final Database db;
    private final ExecutorService background;
    private final MainWindowViewModel viewModel;

    private MainWindowFixture(Database db, ExecutorService background, MainWindowViewModel viewModel) {
        this.db = db;
        this.background = background;
        this.viewModel = viewModel;
    }

    /** A database on a new file in {@code dir} (the file must not exist yet: Flyway creates it). */
    public static Database freshDatabase(Path dir, String prefix) throws IOException {
        Path file = Files.createTempFile(dir, prefix, ".db");
        Files.delete(file);
        return Database.open(file);
    }

    public static MainWindowFixture show(Stage stage, Database db) {
        ExecutorService background = Executors.newSingleThreadExecutor();
        MainWindowViewModel viewModel = MainWindowViewModel.forDatabase(db, background, Platform::runLater);
        stage.setScene(MainWindow.createScene(viewModel));
        stage.show();
        return new MainWindowFixture(db, background, viewModel);
    }

    public Database db() {
        return db;
    }

    public ExecutorService background() {
        return background;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void close() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }
}
