package io.braingobrrr.app.workstation;

import io.braingobrrr.app.settings.Themes;
import io.braingobrrr.app.settings.UserSettings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the main window's scene from MainWindow.fxml and workstation.css around a view model. */
public final class MainWindow {
    static final double WIDTH = 1200;
    static final double HEIGHT = 760;

    private MainWindow() {
    }

    public static Scene createScene(MainWindowViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setController(new MainWindowController(viewModel));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml cannot be loaded (broken build?)", e);
        }
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        if (viewModel.settings() == null) {
            Themes.apply(scene, UserSettings.Theme.LIGHT);
        } else {
            Themes.apply(scene, viewModel.settings().currentProperty().get().theme());
            viewModel.settings().currentProperty().addListener((o, a, s) -> Themes.apply(scene, s.theme()));
        }
        return scene;
    }
}
