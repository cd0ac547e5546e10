package io.braingobrrr.app.reporting.editor;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds a report editor (ReportEditor.fxml with its controller) around a view model. */
public final class ReportEditorView {
    private ReportEditorView() {
    }

    public static Parent create(ReportEditorViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(ReportEditorView.class.getResource("ReportEditor.fxml"));
        loader.setController(new ReportEditorController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("ReportEditor.fxml cannot be loaded (broken build?)", e);
        }
    }
}
