package io.braingobrrr.app.workstation;

import io.braingobrrr.app.settings.Themes;
import io.braingobrrr.app.settings.UserSettings;
import io.braingobrrr.app.signin.ShellViewModel;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Builds the main window's scene from MainWindow.fxml and workstation.css around a view model. */
public final class MainWindow {
    static final double WIDTH = 1200;
    static final double HEIGHT = 760;

    private MainWindow() {
    }

    public static Scene createScene(MainWindowViewModel viewModel) {
        return new Scene(createRoot(viewModel), WIDTH, HEIGHT);
    }

    /**
     * What the sign-in shell shows once someone is in: a main window whose services act as the signed-in
     * user, or as the local operator in the demo (no account exists). The shell calls it again for each new
     * user, so switching user changes who acts. {@code recording} (may be null) is opened once it shows.
     */
    public static Supplier<Parent> forShell(Database database, ShellViewModel shell, Executor background, Path recording) {
        return () -> {
            Subject who = shell.subject() != null ? shell.subject() : Subject.local("gui", "localhost");
            MainWindowViewModel viewModel = MainWindowViewModel.forDatabase(database, who, background, Platform::runLater);
            Parent main = createRoot(viewModel);
            viewModel.start();
            if (recording != null) viewModel.openFile(recording);
            return main;
        };
    }

    /** The main window's root with its stylesheet, for a frame around it (the sign-in shell). */
    public static Parent createRoot(MainWindowViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setController(new MainWindowController(viewModel));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml cannot be loaded (broken build?)", e);
        }
        // The theme goes on the root, not the scene: the sign-in shell's scene keeps its own stylesheets.
        if (viewModel.settings() == null) {
            Themes.apply(root, UserSettings.Theme.LIGHT);
        } else {
            Themes.apply(root, viewModel.settings().currentProperty().get().theme());
            viewModel.settings().currentProperty().addListener((o, a, s) -> Themes.apply(root, s.theme()));
        }
        return root;
    }
}
