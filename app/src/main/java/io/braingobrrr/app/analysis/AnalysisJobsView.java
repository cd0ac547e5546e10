package io.braingobrrr.app.analysis;

import io.braingobrrr.app.viewer.review.Panels;
import javafx.scene.Parent;

/** Builds the "Analysis jobs" tab (AnalysisJobsView.fxml and its controller) around a view model. */
public final class AnalysisJobsView {
    private AnalysisJobsView() {
    }

    public static Parent create(AnalysisJobsViewModel viewModel) {
        return Panels.load(AnalysisJobsView.class, "AnalysisJobsView.fxml", new AnalysisJobsController(viewModel));
    }
}
