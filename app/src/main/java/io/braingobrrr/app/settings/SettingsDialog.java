package io.braingobrrr.app.settings;

import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.review.Panels;
import io.braingobrrr.app.viewer.trace.TraceViewController;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Arrays;

/** The settings dialog (SettingsDialog.fxml): a window over the workstation bound to {@link SettingsViewModel}. */
public final class SettingsDialog {
    private final SettingsViewModel viewModel;
    private Stage stage;

    @FXML private ComboBox<String> montageBox;
    @FXML private ComboBox<Double> lffBox;
    @FXML private ComboBox<Double> hffBox;
    @FXML private ComboBox<Double> notchBox;
    @FXML private ComboBox<Double> sensitivityBox;
    @FXML private ComboBox<Double> pageBox;
    @FXML private TextField mmField;
    @FXML private ComboBox<UserSettings.Theme> themeBox;
    @FXML private ColorPicker traceColourPicker;
    @FXML private ColorPicker backgroundColourPicker;
    @FXML private ColorPicker gridColourPicker;
    @FXML private Label messageLabel;

    private SettingsDialog(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the dialog over {@code owner} (not waiting: the workstation stays usable behind it). */
    public static Stage show(Window owner, SettingsViewModel viewModel) {
        SettingsDialog dialog = new SettingsDialog(viewModel);
        viewModel.beginEdit();
        Parent root = Panels.load(SettingsDialog.class, "SettingsDialog.fxml", dialog);
        Scene scene = new Scene(root);
        Themes.apply(scene, viewModel.currentProperty().get().theme());
        dialog.stage = new Stage();
        dialog.stage.initOwner(owner);
        dialog.stage.initModality(Modality.WINDOW_MODAL);
        dialog.stage.setTitle("Settings");
        dialog.stage.setScene(scene);
        dialog.stage.show();
        return dialog.stage;
    }

    @FXML
    private void initialize() {
        montageBox.setItems(viewModel.catalog().names());
        montageBox.valueProperty().bindBidirectional(viewModel.montageProperty());
        TraceViewController.choices(lffBox, TraceViewController.LFF);
        lffBox.valueProperty().bindBidirectional(viewModel.lffProperty());
        TraceViewController.choices(hffBox, TraceViewController.HFF);
        hffBox.valueProperty().bindBidirectional(viewModel.hffProperty());
        TraceViewController.choices(notchBox, TraceViewController.NOTCH);
        notchBox.valueProperty().bindBidirectional(viewModel.notchProperty());
        TraceViewController.choices(sensitivityBox, DisplaySettings.SENSITIVITIES);
        sensitivityBox.valueProperty().bindBidirectional(viewModel.sensitivityProperty());
        TraceViewController.choices(pageBox, DisplaySettings.PAGE_LENGTHS);
        pageBox.valueProperty().bindBidirectional(viewModel.pageSecondsProperty());
        mmField.textProperty().bindBidirectional(viewModel.mmPerPixelProperty());
        themeBox.getItems().setAll(Arrays.asList(UserSettings.Theme.values()));
        themeBox.valueProperty().bindBidirectional(viewModel.themeProperty());
        traceColourPicker.valueProperty().bindBidirectional(viewModel.traceColourProperty());
        backgroundColourPicker.valueProperty().bindBidirectional(viewModel.backgroundColourProperty());
        gridColourPicker.valueProperty().bindBidirectional(viewModel.gridColourProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    @FXML
    private void save() {
        if (viewModel.save()) stage.close();
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
