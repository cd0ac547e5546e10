package io.braingobrrr.app.audit;

import io.braingobrrr.core.audit.AuditEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.util.function.Function;

/** Binds the audit trail browser to its view model; no rule here. */
final class AuditTrailController {
    private final AuditTrailViewModel viewModel;

    @FXML private TextField actorField;
    @FXML private TextField actionField;
    @FXML private TextField entityField;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, Long> idColumn;
    @FXML private TableColumn<AuditEntry, String> atColumn;
    @FXML private TableColumn<AuditEntry, String> actorColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TableColumn<AuditEntry, String> originColumn;
    @FXML private TableColumn<AuditEntry, String> detailColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private Label messageLabel;
    @FXML private Label verificationLabel;

    AuditTrailController(AuditTrailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        actorField.textProperty().bindBidirectional(viewModel.actorProperty());
        actionField.textProperty().bindBidirectional(viewModel.actionProperty());
        entityField.textProperty().bindBidirectional(viewModel.entityProperty());
        fromField.textProperty().bindBidirectional(viewModel.fromProperty());
        toField.textProperty().bindBidirectional(viewModel.toProperty());
        auditTable.setItems(viewModel.rows());
        column(idColumn, AuditEntry::id);
        column(atColumn, AuditEntry::at);
        column(actorColumn, AuditEntry::actor);
        column(actionColumn, AuditEntry::action);
        column(entityColumn, e -> e.entityId() == null ? e.entity() : e.entity() + " " + e.entityId());
        column(originColumn, e -> e.origin() + (e.address() == null ? "" : " " + e.address()));
        column(detailColumn, AuditEntry::detail);
        pageLabel.textProperty().bind(viewModel.pageTextProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        verificationLabel.textProperty().bind(viewModel.verificationProperty());
        previousButton.disableProperty().bind(viewModel.pageProperty().lessThanOrEqualTo(1));
        nextButton.disableProperty().bind(viewModel.pageProperty().greaterThanOrEqualTo(viewModel.pagesProperty()));
        viewModel.search();
    }

    private static <T> void column(TableColumn<AuditEntry, T> column, Function<AuditEntry, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void previous() {
        viewModel.previousPage();
    }

    @FXML
    private void next() {
        viewModel.nextPage();
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }
}
