package io.braingobrrr.app.recording;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds a live recording view (RecordingView.fxml + recording.css with its controller) around a view model. */
public final class RecordingView {
    private RecordingView() {
    }

    public static Parent create(RecordingViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(RecordingView.class.getResource("RecordingView.fxml"));
        loader.setController(new RecordingViewController(viewModel));
        try {
            Parent root = loader.load();
            root.getStylesheets().add(RecordingView.class.getResource("recording.css").toExternalForm());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("RecordingView.fxml cannot be loaded (broken build?)", e);
        }
    }
}
