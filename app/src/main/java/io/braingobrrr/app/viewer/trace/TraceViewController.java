package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.recording.Annotation;
import javafx.fxml.FXML;
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
    @FXML private ListView<Annotation> annotationList;

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

        annotationList.setItems(viewModel.annotations());
        annotationList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : String.format("%.1f s  %s", a.onsetSeconds(), a.text()));
            }
        });
        annotationList.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            if (a != null) viewModel.jumpTo(a);
        });

        tracePane.widthProperty().addListener((o, a, b) -> resize());
        tracePane.heightProperty().addListener((o, a, b) -> resize());
        viewModel.frameProperty().addListener((o, a, b) -> show());
        tracePane.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        tracePane.setOnMouseClicked(e -> tracePane.requestFocus());
        tracePane.setOnScroll(this::wheel);
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

    /** Page Up/Down: a page; Shift: half a page; arrows: one second; Home/End. */
    private void key(KeyEvent e) {
        switch (e.getCode()) {
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
