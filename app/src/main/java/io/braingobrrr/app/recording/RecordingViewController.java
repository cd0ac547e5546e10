package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Patient;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Wires RecordingView.fxml to {@link RecordingViewModel}: bindings, enabled buttons per state, F1-F5 marker keys,
 * file dialogs, and a per-frame timer that asks the view model to draw and copies the pixels to the screen.
 */
public final class RecordingViewController {
    private static final List<KeyCode> MARKER_KEYS = List.of(KeyCode.F1, KeyCode.F2, KeyCode.F3, KeyCode.F4, KeyCode.F5);

    private final RecordingViewModel viewModel;
    private WritableImage screen;
    private int shownFrame = -1;

    @FXML private BorderPane root;
    @FXML private GridPane setupPane;
    @FXML private ComboBox<Patient> patientBox;
    @FXML private TextField newMrnField;
    @FXML private TextField newNameField;
    @FXML private ComboBox<DeviceChoice> deviceBox;
    @FXML private ComboBox<String> portBox;
    @FXML private Button fileButton;
    @FXML private Label fileLabel;
    @FXML private ComboBox<Integer> channelsBox;
    @FXML private ComboBox<Double> rateBox;
    @FXML private CheckBox sleepBox;
    @FXML private Button checkButton;
    @FXML private Label stateLabel;
    @FXML private Button backButton;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button stopButton;
    @FXML private Button exportButton;
    @FXML private ComboBox<Double> sensitivityBox;
    @FXML private ComboBox<Double> pageBox;
    @FXML private ComboBox<String> montageBox;
    @FXML private FlowPane markerBar;
    @FXML private TextField customMarkerField;
    @FXML private Pane tracePane;
    @FXML private ImageView traceImage;
    @FXML private ListView<RecordingViewModel.ChannelLight> lightList;
    @FXML private ListView<Annotation> markerList;
    @FXML private Label alarmLabel;
    @FXML private Label countersLabel;
    @FXML private Label messageLabel;

    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.tick(now);
            show();
        }
    };

    public RecordingViewController(RecordingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        patientBox.setItems(viewModel.patients());
        patientBox.setConverter(converter(p -> p.mrn() + (p.name() == null ? "" : "  " + p.name())));
        patientBox.valueProperty().bindBidirectional(viewModel.patientProperty());
        newMrnField.textProperty().bindBidirectional(viewModel.newMrnProperty());
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        deviceBox.getItems().setAll(DeviceChoice.values());
        deviceBox.setConverter(converter(DeviceChoice::label));
        deviceBox.valueProperty().bindBidirectional(viewModel.deviceProperty());
        portBox.setItems(viewModel.ports());
        portBox.valueProperty().bindBidirectional(viewModel.portProperty());
        var cyton = Bindings.createBooleanBinding(() -> viewModel.deviceProperty().get() == DeviceChoice.CYTON
                || viewModel.deviceProperty().get() == DeviceChoice.CYTON_DAISY, viewModel.deviceProperty());
        var simulated = viewModel.deviceProperty().isEqualTo(DeviceChoice.SIMULATED);
        portBox.disableProperty().bind(cyton.not());
        fileButton.disableProperty().bind(viewModel.deviceProperty().isNotEqualTo(DeviceChoice.PLAYBACK));
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.playbackFileProperty().get() == null
                ? "" : viewModel.playbackFileProperty().get().getFileName().toString(), viewModel.playbackFileProperty()));
        channelsBox.getItems().setAll(1, 8, 16, 19, 32, 64);
        channelsBox.setConverter(converter(n -> n + " ch"));
        channelsBox.valueProperty().bindBidirectional(viewModel.channelsProperty());
        rateBox.getItems().setAll(125.0, 250.0, 256.0, 500.0, 512.0, 1000.0);
        rateBox.setConverter(converter(r -> String.format(Locale.ROOT, "%.0f Hz", r)));
        rateBox.valueProperty().bindBidirectional(viewModel.rateProperty());
        channelsBox.disableProperty().bind(simulated.not());
        rateBox.disableProperty().bind(simulated.not());
        sleepBox.disableProperty().bind(simulated.not());
        sleepBox.selectedProperty().bindBidirectional(viewModel.sleepPatternsProperty());

        var state = viewModel.stateProperty();
        setupPane.visibleProperty().bind(state.isEqualTo(RecordingState.SETUP));
        setupPane.managedProperty().bind(setupPane.visibleProperty());
        stateLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(state.get()), state));
        state.addListener((o, a, b) -> stateLabel.getStyleClass().removeAll("recording"));
        state.addListener((o, a, b) -> {
            if (b == RecordingState.RECORDING) stateLabel.getStyleClass().add("recording");
        });
        var busy = viewModel.busyProperty();
        checkButton.disableProperty().bind(busy);
        backButton.disableProperty().bind(busy.or(state.isNotEqualTo(RecordingState.CHECK)));
        startButton.disableProperty().bind(busy.or(state.isNotEqualTo(RecordingState.CHECK)));
        pauseButton.disableProperty().bind(busy.or(state.isNotEqualTo(RecordingState.RECORDING)));
        resumeButton.disableProperty().bind(busy.or(state.isNotEqualTo(RecordingState.PAUSED)));
        stopButton.disableProperty().bind(busy.or(state.isNotEqualTo(RecordingState.RECORDING)
                .and(state.isNotEqualTo(RecordingState.PAUSED))));
        exportButton.disableProperty().bind(busy.or(state.isNotEqualTo(RecordingState.STOPPED)));
        var recording = state.isEqualTo(RecordingState.RECORDING).or(state.isEqualTo(RecordingState.PAUSED));

        for (int i = 0; i < RecordingViewModel.MARKERS.size(); i++) {
            String text = RecordingViewModel.MARKERS.get(i);
            Button b = new Button(MARKER_KEYS.get(i).getName() + " " + text);
            b.setId("marker" + (i + 1));
            b.setOnAction(e -> viewModel.marker(text));
            b.disableProperty().bind(recording.not());
            markerBar.getChildren().add(markerBar.getChildren().size() - 1, b);
        }
        customMarkerField.textProperty().bindBidirectional(viewModel.customMarkerProperty());
        customMarkerField.disableProperty().bind(recording.not());

        sensitivityBox.getItems().setAll(DisplaySettings.SENSITIVITIES);
        sensitivityBox.valueProperty().bindBidirectional(viewModel.sensitivityProperty());
        montageBox.getItems().setAll(RecordingViewModel.LIVE_MONTAGES);
        montageBox.valueProperty().bindBidirectional(viewModel.montageProperty());
        pageBox.getItems().setAll(DisplaySettings.PAGE_LENGTHS);
        pageBox.valueProperty().bindBidirectional(viewModel.pageSecondsProperty());

        lightList.setItems(viewModel.lights());
        lightList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RecordingViewModel.ChannelLight l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeIf(c -> c.startsWith("light-"));
                if (empty || l == null) {
                    setText(null);
                    return;
                }
                String q = l.quality().name().toLowerCase(Locale.ROOT).replace('_', '-');
                setText(l.label() + "  " + q.replace('-', ' ')
                        + (Double.isNaN(l.impedanceKohm()) ? "" : String.format(Locale.ROOT, "  %.1f kΩ", l.impedanceKohm())));
                getStyleClass().add("light-" + q);
            }
        });
        markerList.setItems(viewModel.markers());
        markerList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : String.format(Locale.ROOT, "%.2f s  %s", a.onsetSeconds(), a.text()));
            }
        });
        alarmLabel.textProperty().bind(viewModel.alarmProperty());
        alarmLabel.getStyleClass().add("quiet");
        viewModel.alarmProperty().addListener((o, a, b) -> {
            alarmLabel.getStyleClass().remove("quiet");
            if (b == null || b.isEmpty()) alarmLabel.getStyleClass().add("quiet");
        });
        countersLabel.textProperty().bind(viewModel.countersProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());

        tracePane.widthProperty().addListener((o, a, b) -> resize());
        tracePane.heightProperty().addListener((o, a, b) -> resize());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // The timer runs while the tab is in a window: a closed tab costs nothing.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) frames.stop();
            else frames.start();
        });
    }

    private static String describe(RecordingState s) {
        return switch (s) {
            case SETUP -> "Setup";
            case CHECK -> "Signal check";
            case RECORDING -> "● RECORDING";
            case PAUSED -> "Paused";
            case STOPPED -> "Stopped, finalised";
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void resize() {
        viewModel.resize((int) tracePane.getWidth(), (int) tracePane.getHeight());
    }

    /** Copies a newly drawn frame into the screen image (opaque ARGB is valid premultiplied ARGB). */
    private void show() {
        PageImage page = viewModel.image();
        int frame = viewModel.frameProperty().get();
        if (page == null || frame == shownFrame) return;
        // frames are drawn back to back; a skipped one means the changed columns are unknown: copy all
        boolean all = frame != shownFrame + 1;
        shownFrame = frame;
        if (screen == null || screen.getWidth() != page.width() || screen.getHeight() != page.height()) {
            screen = new WritableImage(page.width(), page.height());
            traceImage.setImage(screen);
            all = true;
        }
        int left = all ? 0 : viewModel.dirtyLeft();
        int right = all ? page.width() : viewModel.dirtyRight();
        if (right <= left) return;
        screen.getPixelWriter().setPixels(left, 0, right - left, page.height(), PixelFormat.getIntArgbPreInstance(),
                page.pixels(), left, page.width());
    }

    /** F1-F5: the standard markers, wherever the focus is. */
    private void key(KeyEvent e) {
        int i = MARKER_KEYS.indexOf(e.getCode());
        if (i < 0) return;
        viewModel.marker(RecordingViewModel.MARKERS.get(i));
        e.consume();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Recording to play back as if live");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("EDF/BDF recordings", "*.edf", "*.EDF", "*.bdf", "*.BDF"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(root.getScene().getWindow());
        if (f != null) viewModel.playbackFileProperty().set(f.toPath());
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void backToSetup() {
        viewModel.backToSetup();
    }

    @FXML
    private void startRecording() {
        viewModel.startRecording();
    }

    @FXML
    private void pause() {
        viewModel.pause();
    }

    @FXML
    private void resume() {
        viewModel.resume();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void customMarker() {
        viewModel.customMarker();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the recording");
        chooser.setInitialFileName("recording.edf");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("EDF+ (16-bit)", "*.edf"),
                new FileChooser.ExtensionFilter("BDF+ (24-bit)", "*.bdf"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) viewModel.export(f.toPath());
    }
}
