package io.braingobrrr.app.audit;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the audit trail browser (AuditTrail.fxml + audit.css) around a view model. */
public final class AuditTrailView {
    private AuditTrailView() {
    }

    public static Parent create(AuditTrailViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(AuditTrailView.class.getResource("AuditTrail.fxml"));
        loader.setController(new AuditTrailController(viewModel));
        try {
            Parent root = loader.load();
            root.getStylesheets().add(AuditTrailView.class.getResource("audit.css").toExternalForm());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("AuditTrail.fxml cannot be loaded (broken build?)", e);
        }
    }
}
