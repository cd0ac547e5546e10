package io.braingobrrr.app.viewer.spectrum;

import io.braingobrrr.app.viewer.review.Panels;
import javafx.scene.Parent;

/** Builds the spectrum panel (SpectrumPanel.fxml and its controller) around a view model. */
public final class SpectrumPanel {
    private SpectrumPanel() {
    }

    public static Parent create(SpectrumViewModel viewModel) {
        return Panels.load(SpectrumPanel.class, "SpectrumPanel.fxml", new SpectrumController(viewModel));
    }
}
