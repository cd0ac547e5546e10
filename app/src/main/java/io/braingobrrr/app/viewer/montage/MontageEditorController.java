package io.braingobrrr.app.viewer.montage;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Binds MontageEditorPanel.fxml to {@link MontageEditorViewModel}. */
public final class MontageEditorController {
    private final MontageEditorViewModel viewModel;

    @FXML private ListView<String> montageList;
    @FXML private TextField nameField;
    @FXML private TextArea definitionArea;
    @FXML private Label messageLabel;

    public MontageEditorController(MontageEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        montageList.setItems(viewModel.montages());
        montageList.getSelectionModel().selectedItemProperty().addListener((o, a, name) -> viewModel.edit(name));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        definitionArea.textProperty().bindBidirectional(viewModel.definitionProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    @FXML
    private void startNew() {
        montageList.getSelectionModel().clearSelection();
        viewModel.startNew();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }
}
