package io.braingobrrr.app.signin;

import io.braingobrrr.app.firststart.FirstStartViewModel;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.setup.FirstStart;
import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.core.store.Database;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * Who may use the workstation right now: first start (no account yet), sign-in, the workstation for the
 * signed-in user, or locked. Before the first account exists the demo is open to anyone, because anyone at
 * the machine could create the first admin anyway (ADR 0013); once an account exists, nothing is shown
 * without a sign-in.
 */
public final class ShellViewModel {
    private final UserService users;
    private final InstallationSettings settings;
    private final FirstStart firstStart;
    private final Executor background;
    private final String address;
    private final SignInViewModel signIn;
    private final FirstStartViewModel wizard;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.SIGN_IN);
    private final ObjectProperty<User> user = new SimpleObjectProperty<>();
    private final StringProperty clinic = new SimpleStringProperty("");
    private Duration idleLock = InstallationSettings.DEFAULT_IDLE_LOCK;

    public ShellViewModel(UserService users, InstallationSettings settings, Executor background, Executor fxThread,
                          String address, ZoneId zone) {
        this.users = users;
        this.settings = settings;
        this.firstStart = new FirstStart(users, settings);
        this.background = background;
        this.address = address;
        this.signIn = new SignInViewModel(users, background, fxThread, address, zone);
        this.wizard = new FirstStartViewModel(firstStart, background, fxThread, address);
        signIn.onSignedIn(this::signedIn);
        wizard.onCompleted(this::signedIn);
        wizard.onDemo(this::startDemo);
    }

    public static ShellViewModel forDatabase(Database db, Executor background, Executor fxThread, String address) {
        return new ShellViewModel(new UserService(db), new InstallationSettings(db), background, fxThread, address,
                ZoneId.systemDefault());
    }

    /** Decides the first screen from the database: the wizard while it has no account, else sign-in. */
    public void start() {
        reloadSettings();
        if (firstStart.needed()) {
            screen.set(Screen.FIRST_START);
        } else {
            signIn.prepareSignIn();
            screen.set(Screen.SIGN_IN);
        }
    }

    private void signedIn(User u) {
        reloadSettings();
        user.set(u);
        screen.set(Screen.WORKSTATION);
    }

    private void reloadSettings() {
        clinic.set(settings.clinicName().orElse("Brain-Go-Brrr"));
        idleLock = settings.idleLock();
    }

    /** The demo, only while no account exists: it shows a synthetic recording, no patient data. */
    void startDemo() {
        if (!firstStart.needed()) {
            start();
            return;
        }
        user.set(null);
        screen.set(Screen.WORKSTATION);
    }

    /** From the demo back to the wizard. */
    public void setUp() {
        if (user.get() == null && firstStart.needed()) screen.set(Screen.FIRST_START);
    }

    /** Hides the workstation until the signed-in user's password is given again (no-op without a user). */
    public void lock() {
        User u = user.get();
        if (u == null || screen.get() != Screen.WORKSTATION) return;
        signIn.prepareUnlock(u);
        screen.set(Screen.LOCKED);
    }

    /** Signs the current user out (audited) and asks anyone to sign in. */
    public void switchUser() {
        User u = user.get();
        if (u != null) background.execute(() -> users.signedOut(u.id(), "gui", address));
        user.set(null);
        signIn.prepareSignIn();
        screen.set(Screen.SIGN_IN);
    }

    /** Who acts in the service layer, or null in the demo and before sign-in. */
    public Subject subject() {
        User u = user.get();
        return u == null ? null : Subject.of(u, "gui", address);
    }

    public Duration idleLock() {
        return idleLock;
    }

    public StringBinding signedInText() {
        return Bindings.createStringBinding(() -> {
            User u = user.get();
            if (u == null) return "Demo: no account yet. Set up the workstation to protect patient data.";
            String name = u.displayName() != null ? u.displayName() + " (" + u.username() + ")" : u.username();
            return clinic.get() + " · " + name + " · " + u.role().key();
        }, user, clinic);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyObjectProperty<User> userProperty() {
        return user;
    }

    public StringProperty clinicProperty() {
        return clinic;
    }

    public SignInViewModel signIn() {
        return signIn;
    }

    public FirstStartViewModel wizard() {
        return wizard;
    }
}
