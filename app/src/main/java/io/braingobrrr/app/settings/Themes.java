package io.braingobrrr.app.settings;

import javafx.scene.Scene;

import java.util.List;

/** Light and dark themes: workstation.css is the base (light); dark.css overrides its colours. */
public final class Themes {
    static final String BASE = "/io/braingobrrr/app/workstation/workstation.css";
    static final String DARK = "/io/braingobrrr/app/settings/dark.css";

    private Themes() {
    }

    public static void apply(Scene scene, UserSettings.Theme theme) {
        String base = Themes.class.getResource(BASE).toExternalForm();
        scene.getStylesheets().setAll(theme == UserSettings.Theme.DARK
                ? List.of(base, Themes.class.getResource(DARK).toExternalForm()) : List.of(base));
    }
}
