package io.braingobrrr.app.reporting.editor;

import io.braingobrrr.core.report.Finding;
import io.braingobrrr.core.report.RepresentativePage;
import io.braingobrrr.core.report.Signature;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Locale;
import java.util.function.Function;

/** Binds ReportEditor.fxml to {@link ReportEditorViewModel}; wiring and the file dialog only. */
public final class ReportEditorController {
    private final ReportEditorViewModel vm;

    @FXML private Label stateLabel;
    @FXML private Label messageLabel;
    @FXML private VBox form;
    @FXML private TextArea notesArea;
    @FXML private TextField montageField;
    @FXML private TextField filtersField;
    @FXML private TextArea qualityArea;
    @FXML private ListView<Finding> findingsList;
    @FXML private TextField findingText;
    @FXML private ListView<RepresentativePage> pagesList;
    @FXML private TextField pageStartField;
    @FXML private TextField pageSecondsField;
    @FXML private ComboBox<String> pageMontageBox;
    @FXML private TextArea interpretationArea;
    @FXML private TextArea impressionArea;
    @FXML private Button saveButton;
    @FXML private Button signButton;
    @FXML private Button amendButton;
    @FXML private TextField signUserField;
    @FXML private PasswordField signPasswordField;
    @FXML private ComboBox<Signature.Meaning> meaningBox;
    @FXML private TextField amendReasonField;

    public ReportEditorController(ReportEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        stateLabel.textProperty().bind(vm.stateProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        notesArea.textProperty().bindBidirectional(vm.technicianNotesProperty());
        montageField.textProperty().bindBidirectional(vm.montageProperty());
        filtersField.textProperty().bindBidirectional(vm.filtersProperty());
        qualityArea.textProperty().bindBidirectional(vm.qualitySummaryProperty());
        interpretationArea.textProperty().bindBidirectional(vm.interpretationProperty());
        impressionArea.textProperty().bindBidirectional(vm.impressionProperty());
        findingsList.setItems(vm.findings());
        findingsList.setCellFactory(cells(f -> "[" + f.decision().key() + "] " + f.text()));
        findingsList.getSelectionModel().selectedItemProperty().addListener((o, old, f) -> findingText.setText(f == null ? "" : f.text()));
        pagesList.setItems(vm.pages());
        pagesList.setCellFactory(cells(p -> String.format(Locale.ROOT, "%.0f s + %.0f s, %s", p.startS(), p.durationS(), p.montage())));
        pageStartField.textProperty().bindBidirectional(vm.pageStartProperty());
        pageSecondsField.textProperty().bindBidirectional(vm.pageSecondsProperty());
        pageMontageBox.getItems().setAll(vm.montages());
        pageMontageBox.valueProperty().bindBidirectional(vm.pageMontageProperty());
        signUserField.textProperty().bindBidirectional(vm.signUserProperty());
        signPasswordField.textProperty().bindBidirectional(vm.signPasswordProperty());
        meaningBox.getItems().setAll(Signature.Meaning.values());
        meaningBox.valueProperty().bindBidirectional(vm.meaningProperty());
        form.disableProperty().bind(vm.lockedProperty().or(vm.busyProperty()));
        saveButton.disableProperty().bind(vm.lockedProperty().or(vm.busyProperty()));
        signButton.disableProperty().bind(vm.lockedProperty().or(vm.busyProperty()));
        amendButton.disableProperty().bind(vm.lockedProperty().not().or(vm.busyProperty()));
    }

    private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> cells(Function<T, String> text) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void accept() {
        vm.accept(findingsList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void reject() {
        vm.reject(findingsList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void edit() {
        vm.edit(findingsList.getSelectionModel().getSelectedIndex(), findingText.getText());
    }

    @FXML
    private void addPage() {
        vm.addPage();
    }

    @FXML
    private void removePage() {
        vm.removePage(pagesList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void generate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save report PDF");
        chooser.setInitialFileName("report-" + vm.titleProperty().get().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(form.getScene().getWindow());
        if (file != null) vm.generate(file.toPath());
    }

    @FXML
    private void sign() {
        vm.sign();
    }

    @FXML
    private void amend() {
        vm.amend(amendReasonField.getText());
    }
}
