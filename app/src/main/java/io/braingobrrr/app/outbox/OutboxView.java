package io.braingobrrr.app.outbox;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the sync queue panel (OutboxPanel.fxml with its controller) around a view model. */
public final class OutboxView {
    private OutboxView() {
    }

    public static Parent create(OutboxViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(OutboxView.class.getResource("OutboxPanel.fxml"));
        loader.setController(new OutboxViewController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("OutboxPanel.fxml cannot be loaded (broken build?)", e);
        }
    }
}
