package io.braingobrrr.app.workstation;

import io.braingobrrr.app.signin.AccessShell;
import io.braingobrrr.app.signin.IdleLock;
import io.braingobrrr.app.signin.ShellViewModel;
import io.braingobrrr.core.store.Database;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JavaFX application: opens the default database (the user's data folder, or -Dbrrr.db), then shows
 * the first-start wizard (no account yet), the sign-in or, once signed in, the main window, which loads the
 * worklist and creates the demo recording when the database is empty. A recording given as the only
 * parameter (a double-clicked .edf/.bdf) opens in the main window once it shows.
 */
public final class WorkstationApp extends Application {
    private static volatile int exitStatus;
    private ExecutorService background;
    private ExecutorService signIn;

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
        background = worker("brrr-background");
        // Passwords are checked on a thread of their own: unlocking must not wait behind an import.
        signIn = worker("brrr-sign-in");
        List<String> raw = getParameters().getRaw();
        Path recording = raw.size() == 1 ? Path.of(raw.get(0)) : null;
        ShellViewModel shell = ShellViewModel.forDatabase(database, signIn, Platform::runLater, "localhost");
        shell.start();
        Parent root = AccessShell.create(shell, MainWindow.forShell(database, shell, background, recording));
        // The outbox delivers in the background (daemon threads) whoever is signed in: sync must not wait for a user.
        io.braingobrrr.sync.SyncServices.create(database).startWorkers(java.time.Duration.ofSeconds(1));
        Scene scene = new Scene(root, MainWindow.WIDTH, MainWindow.HEIGHT);
        IdleLock.install(scene, shell);
        stage.setTitle("Brain-Go-Brrr — " + database.file());
        stage.setScene(scene);
        stage.show();
    }

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void stop() {
        // Interrupting cancels a running import; the store rolls it back, so nothing half-imported remains.
        if (background != null) background.shutdownNow();
        if (signIn != null) signIn.shutdownNow();
    }
}
