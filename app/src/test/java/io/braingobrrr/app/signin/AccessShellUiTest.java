package io.braingobrrr.app.signin;

import io.braingobrrr.app.workstation.MainWindow;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in shell in a real scene under Monocle, on a real SQLite file: the first-start wizard, sign-in
 * with core's lockout, the idle lock and switching user, driven by typing and clicking.
 */
@ExtendWith(ApplicationExtension.class)
class AccessShellUiTest {
    private static final String PASSWORD = "correct horse staple";

    @TempDir
    Path dir;
    private Stage stage;
    private Path dbFile;
    private Database db;
    private UserService users;
    private ShellViewModel shell;
    private IdleLock idleLock;
    private final ExecutorService signInThread = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (idleLock != null) Platform.runLater(idleLock::stop);
        signInThread.shutdownNow();
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void openDatabase() {
        dbFile = dir.resolve("brrr.db");
        db = Database.open(dbFile);
        users = new UserService(db);
    }

    private User addUser(String name, Role role) {
        return users.create(Subject.local("cli", "localhost"),
                new NewUser(name, "Dr " + name, role.key(), PASSWORD.toCharArray(), false));
    }

    /** Shows the shell as WorkstationApp does; {@code workstation} builds what signed-in users see. */
    private void show(FxRobot robot, Supplier<Parent> workstation) {
        shell = ShellViewModel.forDatabase(db, signInThread, Platform::runLater, "ws-test");
        robot.interact(() -> {
            shell.start();
            Scene scene = new Scene(AccessShell.create(shell, workstation), 1200, 800);
            idleLock = IdleLock.install(scene, shell);
            stage.setScene(scene);
            stage.show();
        });
    }

    private static Supplier<Parent> stubWorkstation() {
        return () -> {
            Label l = new Label("the workstation");
            l.setId("workstationStub");
            return new StackPane(l);
        };
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

    private void signIn(FxRobot robot, String username, String password) throws Exception {
        if (!robot.lookup("#usernameField").query().isDisabled()) type(robot, "#usernameField", username);
        type(robot, "#passwordField", password);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.signIn().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String errorText(FxRobot robot) {
        return robot.lookup("#errorLabel").queryAs(Label.class).getText();
    }

    private List<String> audit() {
        return new AuditTrail(Database.open(dbFile)).page(AuditQuery.ALL, 1, 200).items().stream()
                .map(e -> e.actor() + " " + e.action() + " " + e.origin()).toList();
    }

    @Test
    void wizardCreatesTheAdminWhoThenUsesTheRealWorkstation(FxRobot robot) throws Exception {
        openDatabase();
        show(robot, () -> {
            MainWindowViewModel vm = MainWindowViewModel.forDatabase(db, background, Platform::runLater);
            Parent root = MainWindow.createRoot(vm);
            vm.start();
            return root;
        });
        assertEquals(Screen.FIRST_START, shell.screenProperty().get());

        type(robot, "#usernameField", "hilde");
        type(robot, "#displayNameField", "Dr Hilde Brandt");
        type(robot, "#passwordField", PASSWORD);
        type(robot, "#passwordRepeatField", "correct horse stable");
        type(robot, "#clinicNameField", "Klinik Nord");
        type(robot, "#syncEndpointField", "ftp://central");
        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#passwordRepeatError").queryAs(Label.class).getText().isEmpty());
        assertEquals("does not match the password", robot.lookup("#passwordRepeatError").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#syncEndpointError").queryAs(Label.class).getText().contains("https://"));
        assertEquals(0, users.count(), "nothing is created while an answer is wrong");

        type(robot, "#passwordField", PASSWORD);
        type(robot, "#passwordRepeatField", PASSWORD);
        type(robot, "#syncEndpointField", "https://central.example.org/api/v1");
        robot.clickOn("#createButton");
        waitForScreen(Screen.WORKSTATION);

        assertEquals("hilde", shell.subject().username());
        assertEquals(Role.ADMIN, shell.subject().role());
        assertTrue(robot.lookup("#worklistTable").tryQuery().isPresent(), "the real main window shows");
        assertEquals("Klinik Nord · Dr Hilde Brandt (hilde) · admin", robot.lookup("#signedInLabel").queryAs(Label.class).getText());

        // What the wizard stored, read back through a second connection to the same file.
        Database again = Database.open(dbFile);
        User admin = new UserService(again).signIn("hilde", PASSWORD.toCharArray(), "test", "localhost");
        assertEquals(Role.ADMIN, admin.role());
        assertEquals(Optional.of("Klinik Nord"), new InstallationSettings(again).clinicName());
        List<String> trail = audit();
        assertTrue(trail.contains("system user.create gui"), trail.toString());
        assertTrue(trail.contains("hilde settings.update gui"), trail.toString());
    }

    @Test
    void demoIsOpenOnlyUntilTheFirstAccountExists(FxRobot robot) throws Exception {
        openDatabase();
        show(robot, stubWorkstation());
        robot.clickOn("#demoLink");
        waitForScreen(Screen.WORKSTATION);
        assertNull(shell.subject(), "the demo runs without an account");
        assertTrue(robot.lookup("#workstationStub").tryQuery().isPresent());
        assertTrue(robot.lookup("#setUpButton").query().isVisible());
        assertFalse(robot.lookup("#lockButton").query().isVisible(), "nothing to unlock with in the demo");

        robot.clickOn("#setUpButton");
        waitForScreen(Screen.FIRST_START);

        // Someone made an account meanwhile (brrr users add): the demo door closes, sign-in is asked.
        addUser("ops", Role.TECHNICIAN);
        robot.interact(() -> shell.wizard().exploreDemo());
        waitForScreen(Screen.SIGN_IN);
        assertTrue(robot.lookup("#workstationStub").tryQuery().isEmpty());
    }

    @Test
    void theAdminCreatedFromTheDemoGetsAWindowOfTheirOwn(FxRobot robot) throws Exception {
        openDatabase();
        List<String> builtFor = new java.util.ArrayList<>();
        show(robot, () -> {
            builtFor.add(shell.subject() == null ? "demo" : shell.subject().username());
            return new StackPane(new Label("window " + builtFor.size()));
        });
        robot.clickOn("#demoLink");
        waitForScreen(Screen.WORKSTATION);
        robot.clickOn("#setUpButton");
        waitForScreen(Screen.FIRST_START);
        type(robot, "#usernameField", "hilde");
        type(robot, "#displayNameField", "Dr Hilde Brandt");
        type(robot, "#passwordField", PASSWORD);
        type(robot, "#passwordRepeatField", PASSWORD);
        type(robot, "#clinicNameField", "Klinik Nord");
        robot.clickOn("#createButton");
        waitForScreen(Screen.WORKSTATION);
        // The demo's window acted as the local operator: the admin must not inherit it.
        assertEquals(List.of("demo", "hilde"), builtFor);
    }

    @Test
    void wrongPasswordsShowTheErrorAndFiveLockTheAccount(FxRobot robot) throws Exception {
        openDatabase();
        addUser("tom", Role.CLINICIAN);
        show(robot, stubWorkstation());
        assertEquals(Screen.SIGN_IN, shell.screenProperty().get());

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(robot, "tom", "wrong password " + attempt);
            assertEquals("Wrong username or password.", errorText(robot), "attempt " + attempt);
            assertEquals(Screen.SIGN_IN, shell.screenProperty().get());
        }
        // The right password no longer helps: core locked the account for 15 minutes.
        signIn(robot, "tom", PASSWORD);
        assertTrue(errorText(robot).startsWith("This account is locked after 5 failed sign-ins until "), errorText(robot));
        assertEquals(Screen.SIGN_IN, shell.screenProperty().get());
        assertTrue(robot.lookup("#workstationStub").tryQuery().isEmpty());
        assertEquals(6, audit().stream().filter(a -> a.equals("tom user.login.failed gui")).count());
    }

    @Test
    void idleTimeLocksAndOnlyTheUsersPasswordUnlocks(FxRobot robot) throws Exception {
        openDatabase();
        addUser("tom", Role.CLINICIAN);
        new InstallationSettings(db).setIdleLock(Subject.local("cli", "localhost"), Duration.ofSeconds(1));
        show(robot, stubWorkstation());
        signIn(robot, "tom", PASSWORD);
        waitForScreen(Screen.WORKSTATION);
        assertTrue(robot.lookup("#workstationStub").tryQuery().isPresent());

        waitForScreen(Screen.LOCKED);     // nobody touches the window for a second
        assertTrue(robot.lookup("#workstationStub").tryQuery().isEmpty(), "nothing of the workstation shows while locked");
        assertTrue(robot.lookup("#usernameField").query().isDisabled(), "only tom can unlock");
        assertEquals("tom", robot.lookup("#usernameField").queryAs(TextField.class).getText());

        signIn(robot, "tom", "not the password");
        assertEquals("Wrong username or password.", errorText(robot));
        assertEquals(Screen.LOCKED, shell.screenProperty().get());

        signIn(robot, "tom", PASSWORD);
        assertEquals(Screen.WORKSTATION, shell.screenProperty().get());
        assertEquals("tom", shell.subject().username());
        Node stub = robot.lookup("#workstationStub").query();
        assertTrue(stub.isVisible());
    }

    @Test
    void switchUserChangesTheSubject(FxRobot robot) throws Exception {
        openDatabase();
        addUser("tom", Role.CLINICIAN);
        addUser("rita", Role.RESEARCHER);
        show(robot, stubWorkstation());
        signIn(robot, "tom", PASSWORD);
        waitForScreen(Screen.WORKSTATION);
        assertEquals("tom", shell.subject().username());
        Node tomsWorkstation = robot.lookup("#workstationStub").query();

        robot.clickOn("#switchUserButton");
        waitForScreen(Screen.SIGN_IN);
        assertNull(shell.subject());
        assertEquals("", robot.lookup("#usernameField").queryAs(TextField.class).getText());

        signIn(robot, "rita", PASSWORD);
        waitForScreen(Screen.WORKSTATION);
        assertEquals("rita", shell.subject().username());
        assertEquals(Role.RESEARCHER, shell.subject().role());
        assertTrue(robot.lookup("#workstationStub").query() != tomsWorkstation, "rita gets a fresh workstation");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> audit().contains("tom user.logout gui"));
    }
}
