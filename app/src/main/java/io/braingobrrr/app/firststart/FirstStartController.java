package io.braingobrrr.app.firststart;

import io.braingobrrr.core.identity.PasswordPolicy;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

import java.util.Map;

/** Binds the first-start form to its view model; shows each field's problem under the field. */
final class FirstStartController {
    private final FirstStartViewModel viewModel;

    @FXML private TextField usernameField;
    @FXML private TextField displayNameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField passwordRepeatField;
    @FXML private TextField clinicNameField;
    @FXML private TextField syncEndpointField;
    @FXML private Label usernameError;
    @FXML private Label displayNameError;
    @FXML private Label passwordError;
    @FXML private Label passwordRepeatError;
    @FXML private Label clinicNameError;
    @FXML private Label syncEndpointError;
    @FXML private Label passwordHint;
    @FXML private Label errorLabel;
    @FXML private Button createButton;

    FirstStartController(FirstStartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        displayNameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordRepeatField.textProperty().bindBidirectional(viewModel.passwordRepeatProperty());
        clinicNameField.textProperty().bindBidirectional(viewModel.clinicNameProperty());
        syncEndpointField.textProperty().bindBidirectional(viewModel.syncEndpointProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        createButton.disableProperty().bind(viewModel.busyProperty());
        passwordHint.setText("Passwords need at least " + PasswordPolicy.MIN_LENGTH
                + " characters and must not contain the username; a few words make a good one.");
        Map<String, Label> errorLabels = Map.of("username", usernameError, "display_name", displayNameError,
                "password", passwordError, "password_repeat", passwordRepeatError, "clinic_name", clinicNameError,
                "sync_endpoint", syncEndpointError);
        errorLabels.forEach((field, label) -> label.textProperty().bind(
                Bindings.stringValueAt(viewModel.fieldErrors(), field).orElse("")));
    }

    @FXML
    private void complete() {
        viewModel.complete();
    }

    @FXML
    private void exploreDemo() {
        viewModel.exploreDemo();
    }
}
