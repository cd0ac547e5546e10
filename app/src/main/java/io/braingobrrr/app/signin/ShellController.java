package io.braingobrrr.app.signin;

import io.braingobrrr.app.firststart.FirstStartView;
import io.braingobrrr.app.ui.Views;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.util.function.Supplier;

/**
 * Shows the screen the session allows. The workstation is built on first use and dropped when the user
 * changes, so the next person never sees the previous one's open recordings; while locked it stays in
 * memory but is taken out of the scene.
 */
final class ShellController {
    private final ShellViewModel viewModel;
    private final Supplier<Parent> workstationFactory;
    private Parent workstation;
    private Parent signIn;
    private Parent wizard;

    @FXML private HBox sessionBar;
    @FXML private Label signedInLabel;
    @FXML private Button setUpButton;
    @FXML private Button lockButton;
    @FXML private Button switchUserButton;
    @FXML private StackPane content;

    ShellController(ShellViewModel viewModel, Supplier<Parent> workstationFactory) {
        this.viewModel = viewModel;
        this.workstationFactory = workstationFactory;
    }

    @FXML
    private void initialize() {
        signedInLabel.textProperty().bind(viewModel.signedInText());
        viewModel.screenProperty().addListener((obs, old, screen) -> show(screen));
        // Any change of who is in (also demo -> the admin just created) drops the window: its services act as the old subject.
        viewModel.userProperty().addListener((obs, old, user) -> {
            if (old == null || user == null || user.id() != old.id()) workstation = null;
        });
        show(viewModel.screenProperty().get());
    }

    private void show(Screen screen) {
        boolean inWorkstation = screen == Screen.WORKSTATION;
        boolean demo = inWorkstation && viewModel.userProperty().get() == null;
        sessionBar.setVisible(inWorkstation);
        sessionBar.setManaged(inWorkstation);
        setUpButton.setVisible(demo);
        setUpButton.setManaged(demo);
        lockButton.setVisible(!demo);
        lockButton.setManaged(!demo);
        switchUserButton.setVisible(!demo);
        switchUserButton.setManaged(!demo);
        Parent page = switch (screen) {
            case FIRST_START -> wizard != null ? wizard : (wizard = FirstStartView.create(viewModel.wizard()));
            case SIGN_IN, LOCKED -> signIn != null ? signIn
                    : (signIn = Views.load(ShellController.class, "SignIn.fxml", new SignInController(viewModel.signIn(), viewModel)));
            case WORKSTATION -> workstation != null ? workstation : (workstation = workstationFactory.get());
        };
        content.getChildren().setAll(page);
        if (screen != Screen.WORKSTATION) page.lookupAll(".text-field").stream().filter(n -> !n.isDisabled())
                .findFirst().ifPresent(Node::requestFocus);
    }

    @FXML
    private void setUp() {
        viewModel.setUp();
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }

    @FXML
    private void switchUser() {
        viewModel.switchUser();
    }
}
