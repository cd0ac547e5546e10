package io.braingobrrr.app.viewer.findings;

import io.braingobrrr.app.viewer.review.Panels;
import javafx.scene.Parent;

/** Builds the findings panel (FindingsPanel.fxml and its controller) around a view model. */
public final class FindingsPanel {
    private FindingsPanel() {
    }

    public static Parent create(FindingsViewModel viewModel) {
        return Panels.load(FindingsPanel.class, "FindingsPanel.fxml", new FindingsController(viewModel));
    }
}
