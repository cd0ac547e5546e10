package io.braingobrrr.app.settings;

import javafx.scene.Scene;

import java.util.List;

/** Light and dark themes: workstation.css is the base (light); dark.css overrides its colours. */
public final class Themes {
    static final String BASE = "/io/braingobrrr/app/workstation/workstation.css";
    static final String DARK = "/io/braingobrrr/app/settings/dark.css";

    private Themes() {
    }

    /** On a subtree (the main window inside the sign-in shell), leaving the scene's own stylesheets alone. */
    public static void apply(javafx.scene.Parent root, UserSettings.Theme theme) {
        root.getStylesheets().setAll(sheets(theme));
    }

    private static List<String> sheets(UserSettings.Theme theme) {
        String base = Themes.class.getResource(BASE).toExternalForm();
        return theme == UserSettings.Theme.DARK ? List.of(base, Themes.class.getResource(DARK).toExternalForm()) : List.of(base);
    }

    public static void apply(Scene scene, UserSettings.Theme theme) {
        scene.getStylesheets().setAll(sheets(theme));
    }
}
