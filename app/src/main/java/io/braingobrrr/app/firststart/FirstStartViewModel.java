package io.braingobrrr.app.firststart;

import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.core.setup.FirstStart;
import io.braingobrrr.core.store.StoreException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The first-start form: the first administrator, the clinic's name and, optionally, the central sync
 * endpoint. The rules (password policy, matching repeat, URL form, "only while no account exists") are
 * core's {@link FirstStart}; this only carries the answers there and the per-field problems back.
 */
public final class FirstStartViewModel {
    private final FirstStart firstStart;
    private final Executor background;
    private final Executor fxThread;
    private final String address;
    private Consumer<User> onCompleted = u -> { };
    private Runnable onDemo = () -> { };

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final StringProperty syncEndpoint = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    /** Field key (as core names it: username, password, password_repeat, clinic_name, sync_endpoint) to problem. */
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public FirstStartViewModel(FirstStart firstStart, Executor background, Executor fxThread, String address) {
        this.firstStart = firstStart;
        this.background = background;
        this.fxThread = fxThread;
        this.address = address;
    }

    public void onCompleted(Consumer<User> action) {
        this.onCompleted = action;
    }

    public void onDemo(Runnable action) {
        this.onDemo = action;
    }

    /** Creates the admin and stores the settings; on success the admin is signed in. */
    public void complete() {
        if (busy.get()) return;
        FirstStart.Answers answers = new FirstStart.Answers(username.get(), displayName.get(),
                password.get().toCharArray(), passwordRepeat.get().toCharArray(), clinicName.get(), syncEndpoint.get());
        busy.set(true);
        background.execute(() -> {
            try {
                User admin = firstStart.complete(Subject.local("gui", address), answers);
                fxThread.execute(() -> {
                    busy.set(false);
                    password.set("");
                    passwordRepeat.set("");
                    showErrors(Map.of(), "");
                    onCompleted.accept(admin);
                });
            } catch (InvalidInputException e) {
                fxThread.execute(() -> {
                    busy.set(false);
                    showErrors(e.fieldErrors(), "Please correct the marked fields.");
                });
            } catch (ServiceException | StoreException e) {
                fxThread.execute(() -> {
                    busy.set(false);
                    showErrors(Map.of(), e.getMessage());
                });
            }
        });
    }

    public void exploreDemo() {
        onDemo.run();
    }

    private void showErrors(Map<String, String> errors, String summary) {
        fieldErrors.clear();
        fieldErrors.putAll(errors);
        error.set(summary);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordRepeatProperty() {
        return passwordRepeat;
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public StringProperty syncEndpointProperty() {
        return syncEndpoint;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
