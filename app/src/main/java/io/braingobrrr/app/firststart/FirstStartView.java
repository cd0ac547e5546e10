package io.braingobrrr.app.firststart;

import io.braingobrrr.app.ui.Views;
import javafx.scene.Parent;

/** Builds the first-start page from FirstStart.fxml around its view model. */
public final class FirstStartView {
    private FirstStartView() {
    }

    public static Parent create(FirstStartViewModel viewModel) {
        return Views.load(FirstStartView.class, "FirstStart.fxml", new FirstStartController(viewModel));
    }
}
