package io.braingobrrr.app.audit;

import io.braingobrrr.app.workstation.MainWindow;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.audit.AuditEntry;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail tab of the real main window, opened by an admin under Monocle over a real SQLite file:
 * rows appear, filters narrow them, a bad date is named, "Verify chain" says ok, and after a row is edited
 * with SQL (its trigger dropped) it names that row.
 */
@ExtendWith(ApplicationExtension.class)
class AuditTrailUiTest {
    private static final String PASSWORD = "correct horse staple";

    @TempDir
    Path dir;
    private Stage stage;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void adminBrowsesFiltersAndVerifiesTheTrail(FxRobot robot) throws Exception {
        Database db = Database.open(dir.resolve("audit.db"));
        UserService users = new UserService(db);
        User ada = users.create(Subject.local("cli", "test"), new NewUser("ada", "Ada Admin", "admin", PASSWORD.toCharArray(), false));
        users.create(Subject.local("cli", "test"), new NewUser("tess", "Tess Tech", "technician", PASSWORD.toCharArray(), false));
        users.signIn("tess", PASSWORD.toCharArray(), "gui", "ws-1");
        users.signIn("tess", PASSWORD.toCharArray(), "gui", "ws-1");
        users.signIn("ada", PASSWORD.toCharArray(), "gui", "ws-1");
        MainWindowViewModel vm = MainWindowViewModel.forDatabase(db, Subject.of(ada, "gui", "ws-1"), background, Platform::runLater);
        robot.interact(() -> {
            stage.setScene(MainWindow.createScene(vm));
            stage.show();
        });

        assertTrue(robot.lookup("#auditButton").query().isVisible(), "admins see the audit trail button");
        robot.clickOn("#auditButton");
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().endsWith("row(s)"));
        long total = count(db);
        assertEquals(total, table.getItems().size(), "every row fits the first page");
        assertEquals(total, table.getItems().get(0).id(), "newest first");

        robot.clickOn("#actorField").write("tess");
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().equals("2 row(s)"));
        assertTrue(table.getItems().stream().allMatch(e -> e.actor().equals("tess") && e.action().equals("user.login")),
                table.getItems().toString());

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        robot.clickOn("#fromField").write(tomorrow);
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().equals("0 row(s)"));
        assertTrue(table.getItems().isEmpty());
        javafx.scene.control.TextField from = robot.lookup("#fromField").query();
        robot.interact(from::clear);
        robot.clickOn(from).write("7.12.2026");
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("from date '7.12.2026' is not a date like 2026-12-07", message.getText());

        Label verification = robot.lookup("#verificationLabel").queryAs(Label.class);
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !verification.getText().isEmpty());
        assertEquals("Chain ok: " + total + " row(s) verified", verification.getText());

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET actor = 'eve' WHERE id = 3");
        }
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> verification.getText().startsWith("Chain broken"));
        assertEquals("Chain broken at row 3: its content does not match its hash (the row was edited)", verification.getText());
    }

    private static long count(Database db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
