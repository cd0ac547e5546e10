package io.braingobrrr.app.viewer.montage;

import io.braingobrrr.app.viewer.review.Panels;
import javafx.scene.Parent;

/** Builds the montage editor (MontageEditorPanel.fxml and its controller) around a view model. */
public final class MontageEditorPanel {
    private MontageEditorPanel() {
    }

    public static Parent create(MontageEditorViewModel viewModel) {
        return Panels.load(MontageEditorPanel.class, "MontageEditorPanel.fxml", new MontageEditorController(viewModel));
    }
}
