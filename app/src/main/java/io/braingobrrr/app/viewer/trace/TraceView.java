package io.braingobrrr.app.viewer.trace;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds a trace view (TraceView.fxml with its controller) around a view model. */
public final class TraceView {
    private TraceView() {
    }

    public static Parent create(TraceViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(TraceView.class.getResource("TraceView.fxml"));
        loader.setController(new TraceViewController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("TraceView.fxml cannot be loaded (broken build?)", e);
        }
    }
}
