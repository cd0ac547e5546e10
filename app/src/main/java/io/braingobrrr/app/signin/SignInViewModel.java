package io.braingobrrr.app.signin;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.core.store.StoreException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The sign-in form, also used to unlock: then the username is fixed to whoever locked the workstation.
 * Checking a password (Argon2id) takes a moment, so it runs on {@code background}; the messages come from
 * core's refusals (wrong password, locked until, deactivated).
 */
public final class SignInViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UserService users;
    private final Executor background;
    private final Executor fxThread;
    private final String address;
    private final ZoneId zone;
    private Consumer<User> onSignedIn = u -> { };

    private final StringProperty title = new SimpleStringProperty("Sign in");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty unlocking = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SignInViewModel(UserService users, Executor background, Executor fxThread, String address, ZoneId zone) {
        this.users = users;
        this.background = background;
        this.fxThread = fxThread;
        this.address = address;
        this.zone = zone;
    }

    void onSignedIn(Consumer<User> action) {
        this.onSignedIn = action;
    }

    /** A fresh form for anyone. */
    void prepareSignIn() {
        title.set("Sign in");
        unlocking.set(false);
        username.set("");
        password.set("");
        error.set("");
    }

    /** The lock screen: only {@code user} (or a switch of user) can continue. */
    void prepareUnlock(User user) {
        title.set("Locked: " + (user.displayName() != null ? user.displayName() + " (" + user.username() + ")" : user.username()));
        unlocking.set(true);
        username.set(user.username());
        password.set("");
        error.set("");
    }

    public void signIn() {
        if (busy.get()) return;
        String name = username.get();
        char[] pw = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        busy.set(true);
        background.execute(() -> {
            try {
                User u = users.signIn(name, pw, "gui", address);
                fxThread.execute(() -> {
                    busy.set(false);
                    error.set("");
                    onSignedIn.accept(u);
                });
            } catch (AuthenticationException e) {
                String message = message(e);
                fxThread.execute(() -> {
                    busy.set(false);
                    error.set(message);
                });
            } catch (ServiceException | StoreException e) {
                fxThread.execute(() -> {
                    busy.set(false);
                    error.set("Cannot sign in: " + e.getMessage());
                });
            }
        });
    }

    /** Core's reason in words for the person at the screen; a lock says until when, in local time. */
    String message(AuthenticationException e) {
        return switch (e.reason()) {
            case LOCKED -> "This account is locked after " + UserService.MAX_FAILED_ATTEMPTS
                    + " failed sign-ins until " + until(e.lockedUntil()) + ". Try again then, or ask an administrator.";
            case INACTIVE -> "This account is deactivated. Ask an administrator.";
            default -> "Wrong username or password.";
        };
    }

    private String until(Instant when) {
        return when == null ? "later" : TIME.format(when.atZone(zone));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty unlockingProperty() {
        return unlocking;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
