package io.braingobrrr.app.outbox;

import io.braingobrrr.sync.outbox.DestinationSummary;
import io.braingobrrr.sync.outbox.OutboxEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** Binds the panel to its view model; no rule here. */
final class OutboxViewController {
    private final OutboxViewModel viewModel;

    @FXML
    private TableView<DestinationSummary> destinationTable;
    @FXML
    private TableColumn<DestinationSummary, String> destinationName;
    @FXML
    private TableColumn<DestinationSummary, Long> destinationPending;
    @FXML
    private TableColumn<DestinationSummary, Long> destinationDelivered;
    @FXML
    private TableColumn<DestinationSummary, Long> destinationDead;
    @FXML
    private TableColumn<DestinationSummary, String> destinationPaused;
    @FXML
    private TableView<OutboxEntry> queueTable;
    @FXML
    private TableColumn<OutboxEntry, Long> rowId;
    @FXML
    private TableColumn<OutboxEntry, String> rowDestination;
    @FXML
    private TableColumn<OutboxEntry, String> rowEvent;
    @FXML
    private TableColumn<OutboxEntry, String> rowStatus;
    @FXML
    private TableColumn<OutboxEntry, Integer> rowAttempts;
    @FXML
    private TableColumn<OutboxEntry, String> rowNextAttempt;
    @FXML
    private TableColumn<OutboxEntry, String> rowLastError;
    @FXML
    private Label messageLabel;

    OutboxViewController(OutboxViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        destinationTable.setItems(viewModel.destinations());
        column(destinationName, DestinationSummary::name);
        column(destinationPending, DestinationSummary::pending);
        column(destinationDelivered, DestinationSummary::delivered);
        column(destinationDead, DestinationSummary::dead);
        column(destinationPaused, d -> d.paused() ? "paused" : "");
        queueTable.setItems(viewModel.rows());
        column(rowId, OutboxEntry::id);
        column(rowDestination, OutboxEntry::destination);
        column(rowEvent, OutboxEntry::eventType);
        column(rowStatus, OutboxEntry::status);
        column(rowAttempts, OutboxEntry::attempts);
        column(rowNextAttempt, e -> e.status().equals("pending") ? e.nextAttemptAt() : "");
        column(rowLastError, e -> e.lastError() == null ? "" : e.lastError());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.refresh();
    }

    private static <S, T> void column(TableColumn<S, T> c, Function<S, T> value) {
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void retry() {
        viewModel.retry(queueTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void redeliver() {
        viewModel.redeliver(queueTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void togglePause() {
        DestinationSummary d = destinationTable.getSelectionModel().getSelectedItem();
        viewModel.togglePause(d == null ? null : d.name());
    }
}
