package io.braingobrrr.app.viewer.hypnogram;

import io.braingobrrr.app.viewer.review.Panels;
import javafx.scene.Parent;

/** Builds the hypnogram panel (HypnogramPanel.fxml and its controller) around a view model. */
public final class HypnogramPanel {
    private HypnogramPanel() {
    }

    public static Parent create(HypnogramViewModel viewModel) {
        return Panels.load(HypnogramPanel.class, "HypnogramPanel.fxml", new HypnogramController(viewModel));
    }
}
