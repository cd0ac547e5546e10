package io.braingobrrr.app.viewer.review;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads a panel's FXML (next to its class) with the controller given. */
public final class Panels {
    private Panels() {
    }

    public static Parent load(Class<?> owner, String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(fxml));
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " cannot be loaded (broken build?)", e);
        }
    }
}
