package io.braingobrrr.app.outbox;

import io.braingobrrr.core.outbox.Outbox;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.DestinationSummary;
import io.braingobrrr.sync.outbox.OutboxEntry;
import io.braingobrrr.sync.outbox.RetryPolicy;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sync queue panel (FXML, view model, SyncAdmin, SQLite) under headless Monocle: a dead-lettered row shows
 * its attempts and last error; Retry puts it back to pending; Pause marks the destination paused.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxPanelTest {
    @TempDir
    static Path tmp;

    private ExecutorService background;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile(tmp, "outbox", ".db");
        Files.delete(file);
        db = Database.open(file);
        // One event to a receiver that does not exist (port 9, discard): dead after 2 refused attempts.
        SyncServices s = new SyncServices(db, new RetryPolicy(2, Duration.ofDays(1), Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(30), Duration.ofSeconds(2)), Clock.systemUTC());
        s.webhooks().create("http://127.0.0.1:9/nobody", null, List.of());
        try (Connection c = db.connect()) {
            Outbox.record(c, "report.signed", "report:1", "{\"report_id\":1}");
        }
        while (s.engine().step() > 0) { /* two refused attempts, then dead */ }
        background = Executors.newSingleThreadExecutor();
        OutboxViewModel vm = OutboxViewModel.forDatabase(db, background, Platform::runLater);
        stage.setScene(new Scene(OutboxView.create(vm), 1000, 600));
        stage.show();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void showsTheDeadRowAndRetryAndPauseWork(FxRobot robot) throws Exception {
        TableView<OutboxEntry> queue = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        OutboxEntry dead = queue.getItems().get(0);
        assertEquals("dead", dead.status());
        assertEquals(2, dead.attempts());
        assertTrue(dead.lastError().contains("127.0.0.1:9"), dead.lastError());
        assertTrue(robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("1 dead-lettered"));

        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.clickOn("#retryButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty()
                && queue.getItems().get(0).status().equals("pending"));
        assertEquals(0, queue.getItems().get(0).attempts(), "a retry starts a fresh attempt count");

        TableView<DestinationSummary> dest = robot.lookup("#destinationTable").queryTableView();
        robot.interact(() -> dest.getSelectionModel().select(0));
        robot.clickOn("#pauseButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dest.getItems().isEmpty() && dest.getItems().get(0).paused());
        assertTrue(new SyncServices(db, RetryPolicy.defaults(), Clock.systemUTC()).queue().summary().get(0).paused(),
                "the pause is in the database, not only on screen");
    }
}
