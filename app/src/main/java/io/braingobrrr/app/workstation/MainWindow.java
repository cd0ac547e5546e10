package io.braingobrrr.app.workstation;

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
        return new Scene(createRoot(viewModel), WIDTH, HEIGHT);
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
        root.getStylesheets().add(MainWindow.class.getResource("workstation.css").toExternalForm());
        return root;
    }
}
