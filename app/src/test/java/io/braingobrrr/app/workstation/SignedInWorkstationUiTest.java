package io.braingobrrr.app.workstation;

import io.braingobrrr.app.recordings.WorklistEntry;
import io.braingobrrr.app.signin.AccessShell;
import io.braingobrrr.app.signin.Screen;
import io.braingobrrr.app.signin.ShellViewModel;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.store.RecordingStore;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real shell around the real main window, wired as WorkstationApp wires it, on a real SQLite file with a
 * real recording: a technician's report draft is refused by the report service, then after "Switch user" a
 * clinician's is allowed and the audit row names the clinician.
 */
@ExtendWith(ApplicationExtension.class)
class SignedInWorkstationUiTest {
    private static final String PASSWORD = "correct horse staple";

    @TempDir
    Path dir;
    private Stage stage;
    private Database db;
    private ShellViewModel shell;
    private final ExecutorService signInThread = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws InterruptedException {
        signInThread.shutdownNow();
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void servicesActAsTheSignedInUserAndSwitchUserChangesWho(FxRobot robot) throws Exception {
        Path file = SharedData.file("eegmmidb/S001R03.edf");
        db = Database.open(dir.resolve("brrr.db"));
        try (SignalSource src = RecordingReader.open(file)) {
            new RecordingStore(db).importRecording(src, ImportInfo.ofFile(file));
        }
        UserService users = new UserService(db);
        users.create(Subject.local("cli", "test"), new NewUser("tess", "Tess Tech", "technician", PASSWORD.toCharArray(), false));
        users.create(Subject.local("cli", "test"), new NewUser("cleo", "Dr Cleo Nguyen", "clinician", PASSWORD.toCharArray(), false));
        shell = ShellViewModel.forDatabase(db, signInThread, Platform::runLater, "ws-test");
        robot.interact(() -> {
            shell.start();
            stage.setScene(new Scene(AccessShell.create(shell, MainWindow.forShell(db, shell, background, null)), 1200, 800));
            stage.show();
        });

        signIn(robot, "tess");
        assertFalse(robot.lookup("#auditButton").query().isVisible(), "technicians have no audit trail button");
        assertFalse(robot.lookup("#outboxButton").query().isVisible(), "nor a sync queue button");
        Label message = openReport(robot);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> message.getText().contains("failed"));
        assertTrue(message.getText().contains("role technician may not do this (needs analyses_write)"), message.getText());
        assertEquals("0", query("SELECT count(*) FROM reports"));

        robot.clickOn("#switchUserButton");
        waitForScreen(Screen.SIGN_IN);
        signIn(robot, "cleo");
        Label cleosMessage = openReport(robot);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> cleosMessage.getText().equals("Report loaded"));
        assertEquals("1", query("SELECT count(*) FROM reports"));
        assertEquals("cleo gui ws-test", query("SELECT actor || ' ' || origin || ' ' || address FROM audit_log WHERE action = 'report.create'"));
    }

    private void signIn(FxRobot robot, String username) throws Exception {
        type(robot, "#usernameField", username);
        type(robot, "#passwordField", PASSWORD);
        robot.clickOn("#signInButton");
        waitForScreen(Screen.WORKSTATION);
    }

    /** Selects the recording in the (new) main window and clicks "Report..."; returns the editor's message. */
    private Label openReport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> worklist(robot).getItems().size() == 1);
        robot.interact(() -> worklist(robot).getSelectionModel().select(0));
        robot.clickOn("#reportButton");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#messageLabel").queryAs(Label.class);
    }

    private static TableView<WorklistEntry> worklist(FxRobot robot) {
        return robot.lookup("#worklistTable").queryTableView();
    }

    private void waitForScreen(Screen expected) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.screenProperty().get() == expected);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    private String query(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
