package io.braingobrrr.app.reporting.editor;

import io.braingobrrr.app.testing.MainWindowFixture;
import io.braingobrrr.app.recordings.WorklistEntry;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.report.Finding;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.store.RecordingStore;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report editor in the real main window under Monocle: "Report..." on a stored real recording opens a
 * tab with the drafted findings; rejecting one, writing the impression and signing with the password locks
 * the form and raises the outbox event; a wrong password signs nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ReportEditorUiTest {
    @TempDir
    static Path tmp;

    private MainWindowFixture window;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        Path file = SharedData.file("eegmmidb/S001R03.edf");
        db = MainWindowFixture.freshDatabase(tmp, "reports");
        try (SignalSource src = RecordingReader.open(file)) {
            new RecordingStore(db).importRecording(src, ImportInfo.ofFile(file));
        }
        new UserService(db).create(Subject.local("cli", "test"),
                new NewUser("cleo", "Dr Cleo Nguyen", "clinician", "correct horse 42".toCharArray(), false));
        window = MainWindowFixture.show(stage, db);
        window.viewModel().start();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        window.close();
    }

    @Test
    void clinicianJudgesFindingsAndSignsWithPassword(FxRobot robot) throws Exception {
        TableView<WorklistEntry> table = robot.lookup("#worklistTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("Report...");
        ListView<Finding> findings = robot.lookup("#findingsList").queryListView();
        Label state = robot.lookup("#stateLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> state.getText().contains("Routine EEG report, version 1: draft"));
        assertFalse(findings.getItems().isEmpty(), "the drafted findings are listed");

        robot.interact(() -> findings.getSelectionModel().select(0));
        robot.clickOn("#rejectButton");
        assertEquals(Finding.Decision.REJECTED, findings.getItems().get(0).decision());
        // The area sits below the fold of the small test window: typed into through the control itself.
        TextArea impression = robot.lookup("#impressionArea").queryAs(TextArea.class);
        robot.interact(() -> impression.setText("Normal awake EEG."));

        robot.clickOn("#signUserField").write("cleo");
        robot.clickOn("#signPasswordField").write("not the password");
        robot.clickOn("#signButton");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message.getText().startsWith("Signing failed"));
        assertTrue(message.getText().contains("password"), message.getText());
        assertEquals("0", query("SELECT count(*) FROM outbox_events WHERE event_type = 'report.signed'"));

        robot.clickOn("#signPasswordField").write("correct horse 42");
        robot.clickOn("#signButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> state.getText().contains("signed by Dr Cleo Nguyen (author)"));
        assertTrue(robot.lookup("#form").queryAs(VBox.class).isDisabled(), "a signed report's form is locked");
        assertEquals("Normal awake EEG.", impression.getText());
        assertEquals("1|rejected|Normal awake EEG.", query("SELECT (SELECT count(*) FROM outbox_events WHERE event_type = 'report.signed')"
                + " || '|' || (SELECT decision FROM report_findings WHERE ordinal = 0) || '|' || (SELECT impression FROM reports)"));
        assertFalse(robot.lookup("#amendButton").queryButton().isDisabled(), "a signed report can be amended");
    }

    private String query(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
