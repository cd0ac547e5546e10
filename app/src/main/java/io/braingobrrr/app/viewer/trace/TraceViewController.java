package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.app.viewer.annotate.AnnotationEntry;
import io.braingobrrr.app.viewer.annotate.AnnotationsViewModel;
import io.braingobrrr.app.viewer.annotate.EventType;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

import java.io.File;
import java.util.List;

/** Wires TraceView.fxml to {@link TraceViewModel}: bindings, keys, wheel, and copying rendered pixels to the screen. */
public final class TraceViewController {
    public static final List<Double> LFF = List.of(0.0, 0.1, 0.3, 0.5, 1.0, 2.0, 5.0);
    public static final List<Double> HFF = List.of(0.0, 15.0, 30.0, 35.0, 50.0, 70.0, 100.0);
    public static final List<Double> NOTCH = List.of(0.0, 50.0, 60.0);

    private final TraceViewModel viewModel;
    private WritableImage screen;

    @FXML private ComboBox<String> montageBox;
    @FXML private ComboBox<Double> sensitivityBox;
    @FXML private ComboBox<Double> pageBox;
    @FXML private ComboBox<Double> lffBox;
    @FXML private ComboBox<Double> hffBox;
    @FXML private ComboBox<Double> notchBox;
    @FXML private TextField jumpField;
    @FXML private Label timeLabel;
    @FXML private Label messageLabel;
    @FXML private Pane tracePane;
    @FXML private ImageView traceImage;
    @FXML private ListView<AnnotationEntry> annotationList;
    @FXML private CheckBox negativeUpBox;
    @FXML private ComboBox<EventType> eventBox;
    @FXML private Rectangle dragBand;
    @FXML private Line measureLine;
    @FXML private TextField annotationText;
    @FXML private TextField annotationOnset;
    @FXML private TextField annotationDuration;
    @FXML private OverviewBar overviewBar;
    @FXML private Label readoutLabel;
    @FXML private Label measurementLabel;
    /** Where the primary button went down, for telling a click from a drag. */
    private double pressX = Double.NaN;
    private boolean measuring;

    public TraceViewController(TraceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        montageBox.setItems(viewModel.catalog().names());
        montageBox.valueProperty().bindBidirectional(viewModel.montageProperty());
        choices(sensitivityBox, DisplaySettings.SENSITIVITIES);
        sensitivityBox.valueProperty().bindBidirectional(viewModel.sensitivityProperty());
        choices(pageBox, DisplaySettings.PAGE_LENGTHS);
        pageBox.valueProperty().bindBidirectional(viewModel.pageSecondsProperty());
        choices(lffBox, LFF);
        lffBox.valueProperty().bindBidirectional(viewModel.lffProperty());
        choices(hffBox, HFF);
        hffBox.valueProperty().bindBidirectional(viewModel.hffProperty());
        choices(notchBox, NOTCH);
        notchBox.valueProperty().bindBidirectional(viewModel.notchProperty());
        timeLabel.textProperty().bind(viewModel.timeProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());

        negativeUpBox.selectedProperty().bindBidirectional(viewModel.negativeUpProperty());
        readoutLabel.textProperty().bind(viewModel.readoutProperty());
        measurementLabel.textProperty().bind(viewModel.measurementProperty());
        bindAnnotations(viewModel.annotationEditor());
        bindOverview();

        tracePane.widthProperty().addListener((o, a, b) -> resize());
        tracePane.heightProperty().addListener((o, a, b) -> resize());
        viewModel.frameProperty().addListener((o, a, b) -> show());
        tracePane.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        tracePane.setOnMousePressed(this::pressed);
        tracePane.setOnMouseDragged(this::dragged);
        tracePane.setOnMouseReleased(this::released);
        tracePane.setOnMouseMoved(e -> viewModel.pointer(e.getX(), e.getY()));
        tracePane.setOnScroll(this::wheel);
    }

    private void bindAnnotations(AnnotationsViewModel annotations) {
        annotationList.setItems(annotations.entries());
        annotationList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AnnotationEntry a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : String.format("%.1f s  %s%s", a.onsetSeconds(), a.text(),
                        a.annotation().hasDuration() ? String.format(" (%.1f s)", a.annotation().durationSeconds()) : ""));
            }
        });
        annotationList.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            annotations.selectedProperty().set(a);
            if (a != null) viewModel.jumpTo(a.annotation());
        });
        annotationList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) annotations.deleteSelected();
        });
        eventBox.getItems().setAll(EventType.values());
        eventBox.valueProperty().bindBidirectional(annotations.armedProperty());
        annotationText.textProperty().bindBidirectional(annotations.editTextProperty());
        annotationOnset.textProperty().bindBidirectional(annotations.editOnsetProperty());
        annotationDuration.textProperty().bindBidirectional(annotations.editDurationProperty());
    }

    private void bindOverview() {
        overviewBar.durationProperty().set(viewModel.durationSeconds());
        overviewBar.pageStartProperty().bind(viewModel.pageStartProperty());
        overviewBar.pageSecondsProperty().bind(viewModel.pageSecondsProperty());
        overviewBar.epochSecondsProperty().bind(viewModel.hypnogramEpochSecondsProperty());
        overviewBar.marks().setAll(viewModel.annotations().stream().map(a -> a.onsetSeconds()).toList());
        viewModel.annotations().addListener((ListChangeListener<Object>) c ->
                overviewBar.marks().setAll(viewModel.annotations().stream().map(a -> a.onsetSeconds()).toList()));
        overviewBar.findings().setAll(viewModel.findingMarks().stream().map(a -> a.onsetSeconds()).toList());
        viewModel.findingMarks().addListener((ListChangeListener<io.braingobrrr.core.recording.Annotation>) c ->
                overviewBar.findings().setAll(viewModel.findingMarks().stream().map(a -> a.onsetSeconds()).toList()));
        overviewBar.stages().setAll(viewModel.hypnogramStages());
        viewModel.hypnogramStages().addListener((ListChangeListener<String>) c -> overviewBar.stages().setAll(viewModel.hypnogramStages()));
        overviewBar.setOnJump(t -> viewModel.goTo(t - viewModel.pageSecondsProperty().get() / 2));
    }

    /** Shift or the right button starts a measurement; the left button an annotation (if a type is armed). */
    private void pressed(MouseEvent e) {
        tracePane.requestFocus();
        measuring = e.getButton() == MouseButton.SECONDARY || e.isShiftDown() && e.getButton() == MouseButton.PRIMARY;
        if (measuring) {
            // Shift-click twice: the second shift-click ends the measurement started by the first.
            if (e.getButton() == MouseButton.PRIMARY && measureLine.isVisible()) {
                viewModel.measureTo(e.getX());
                measureLine.setEndX(e.getX());
                measureLine.setEndY(e.getY());
                measureLine.setVisible(false);
                measuring = false;
                return;
            }
            viewModel.measureFrom(e.getX(), e.getY());
            measureLine.setStartX(e.getX());
            measureLine.setStartY(e.getY());
            measureLine.setEndX(e.getX());
            measureLine.setEndY(e.getY());
            measureLine.setVisible(true);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            pressX = e.getX();
        }
    }

    private void dragged(MouseEvent e) {
        viewModel.pointer(e.getX(), e.getY());
        if (measuring && e.getButton() == MouseButton.SECONDARY) {
            measureLine.setEndX(e.getX());
            measureLine.setEndY(e.getY());
            viewModel.measureTo(e.getX());
        } else if (!Double.isNaN(pressX) && viewModel.annotationEditor().armedProperty().get() != null) {
            dragBand.setX(Math.min(pressX, e.getX()));
            dragBand.setWidth(Math.abs(e.getX() - pressX));
            dragBand.setY(0);
            dragBand.setHeight(tracePane.getHeight());
            dragBand.setVisible(true);
        }
    }

    private void released(MouseEvent e) {
        dragBand.setVisible(false);
        if (measuring && e.getButton() == MouseButton.SECONDARY) {
            viewModel.measureTo(e.getX());
            measureLine.setVisible(false);
            measuring = false;
            return;
        }
        if (Double.isNaN(pressX) || e.getButton() != MouseButton.PRIMARY) return;
        double from = viewModel.secondsAt(pressX);
        double to = Math.abs(e.getX() - pressX) < 4 ? from : viewModel.secondsAt(e.getX());   // a small wobble is a click
        pressX = Double.NaN;
        AnnotationsViewModel annotations = viewModel.annotationEditor();
        if (Double.isNaN(from) || annotations.armedProperty().get() == null) return;
        String custom = null;
        if (annotations.armedProperty().get() == EventType.CUSTOM) {
            TextInputDialog ask = new TextInputDialog();
            ask.setHeaderText("Annotation text");
            custom = ask.showAndWait().orElse(null);
        }
        annotations.addArmed(from, to, custom);
    }

    /** Fills a combo box with numeric choices shown as "70", "0.5" or "off". */
    public static void choices(ComboBox<Double> box, List<Double> values) {
        box.getItems().setAll(values);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                if (v == null) return "";
                if (v == 0) return "off";
                return v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString();
            }

            @Override
            public Double fromString(String s) {
                return "off".equals(s) ? 0.0 : Double.valueOf(s);
            }
        });
    }

    private void resize() {
        viewModel.resize((int) tracePane.getWidth(), (int) tracePane.getHeight());
    }

    /** Copies the rendered page into the screen image (opaque ARGB is valid premultiplied ARGB). */
    private void show() {
        PageImage page = viewModel.image();
        if (page == null) return;
        if (screen == null || screen.getWidth() != page.width() || screen.getHeight() != page.height()) {
            screen = new WritableImage(page.width(), page.height());
            traceImage.setImage(screen);
        }
        screen.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbPreInstance(),
                page.pixels(), 0, page.width());
    }

    /** Page Up/Down: a page; Shift: half a page; arrows: one second; Home/End; F1 help; letters arm an event type. */
    private void key(KeyEvent e) {
        if (!e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown() && e.getCode().isLetterKey()) {
            var type = EventType.forKey(e.getCode().getChar());
            if (type.isPresent()) {
                viewModel.annotationEditor().armedProperty().set(type.get());
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case F1 -> help();
            case ESCAPE -> viewModel.annotationEditor().armedProperty().set(null);
            case PAGE_DOWN -> {
                if (e.isShiftDown()) viewModel.nextHalfPage();
                else viewModel.nextPage();
            }
            case PAGE_UP -> {
                if (e.isShiftDown()) viewModel.previousHalfPage();
                else viewModel.previousPage();
            }
            case RIGHT -> viewModel.step(1);
            case LEFT -> viewModel.step(-1);
            case HOME -> viewModel.goTo(0);
            case END -> viewModel.goTo(viewModel.durationSeconds());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() < 0) viewModel.step(1);
        else if (e.getDeltaY() > 0) viewModel.step(-1);
    }

    @FXML
    private void help() {
        TextArea text = new TextArea(Shortcuts.text());
        text.setEditable(false);
        text.setStyle("-fx-font-family: 'Monospaced';");
        text.setPrefColumnCount(90);
        text.setPrefRowCount(Shortcuts.all().size() + 1);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("Trace view shortcuts");
        alert.setHeaderText("Keyboard and mouse shortcuts");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("helpDialog");
        alert.show();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export with annotations");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("EDF+", "*.edf"),
                new FileChooser.ExtensionFilter("BDF+", "*.bdf"));
        chooser.setInitialFileName(viewModel.title().replaceAll("[^A-Za-z0-9._-]+", "_") + "-annotated.edf");
        File out = chooser.showSaveDialog(tracePane.getScene().getWindow());
        if (out != null) viewModel.annotationEditor().export(out.toPath());
    }

    @FXML
    private void saveAnnotation() {
        viewModel.annotationEditor().saveEdit();
    }

    @FXML
    private void deleteAnnotation() {
        viewModel.annotationEditor().deleteSelected();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    /** "125" (seconds) or "0:02:05" (h:mm:ss from the start). */
    @FXML
    private void jump() {
        String text = jumpField.getText().trim();
        try {
            double seconds = 0;
            for (String part : text.split(":")) seconds = seconds * 60 + Double.parseDouble(part);
            viewModel.goTo(seconds);
        } catch (NumberFormatException ex) {
            jumpField.setText("");
            jumpField.setPromptText("not a time: " + text);
        }
    }
}
