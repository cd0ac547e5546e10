package io.braingobrrr.app.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads an FXML view next to its class with the given (thin) controller and access.css (sign-in, lock and first-start screens). */
public final class Views {
    private Views() {
    }

    public static Parent load(Class<?> owner, String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(fxml));
        loader.setController(controller);
        try {
            Parent root = loader.load();
            root.getStylesheets().add(Views.class.getResource("access.css").toExternalForm());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " cannot be loaded (broken build?)", e);
        }
    }
}
