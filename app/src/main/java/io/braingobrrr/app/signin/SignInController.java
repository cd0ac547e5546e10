package io.braingobrrr.app.signin;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds the sign-in card to its view model; the only decisions are which controls are shown. */
final class SignInController {
    private final SignInViewModel viewModel;
    private final ShellViewModel shell;

    @FXML private Label clinicLabel;
    @FXML private Label titleLabel;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private Button signInButton;
    @FXML private Hyperlink switchUserLink;

    SignInController(SignInViewModel viewModel, ShellViewModel shell) {
        this.viewModel = viewModel;
        this.shell = shell;
    }

    @FXML
    private void initialize() {
        clinicLabel.textProperty().bind(shell.clinicProperty());
        titleLabel.textProperty().bind(viewModel.titleProperty());
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        usernameField.disableProperty().bind(viewModel.unlockingProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        signInButton.textProperty().bind(Bindings.when(viewModel.unlockingProperty())
                .then("Unlock").otherwise("Sign in"));
        signInButton.disableProperty().bind(viewModel.busyProperty());
        switchUserLink.visibleProperty().bind(viewModel.unlockingProperty());
        switchUserLink.managedProperty().bind(viewModel.unlockingProperty());
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void switchUser() {
        shell.switchUser();
    }
}
