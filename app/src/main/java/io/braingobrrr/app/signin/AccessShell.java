package io.braingobrrr.app.signin;

import io.braingobrrr.app.ui.Views;
import javafx.scene.Parent;

import java.util.function.Supplier;

/** Builds the window's root: the session bar over the first-start, sign-in, lock or workstation screen. */
public final class AccessShell {
    private AccessShell() {
    }

    /** {@code workstation} builds the main window's root; it is called once per signed-in user. */
    public static Parent create(ShellViewModel viewModel, Supplier<Parent> workstation) {
        return Views.load(AccessShell.class, "Shell.fxml", new ShellController(viewModel, workstation));
    }
}
