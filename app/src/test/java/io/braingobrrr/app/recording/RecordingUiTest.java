package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStatus;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The real recording tab (FXML, CSS, view model, simulated amplifier, SQLite file) under headless Monocle: a
 * recording is started from the UI, markers set with F1-F3, paused, resumed and stopped; then the database
 * recording and its EDF+ export (re-read with core's EdfReader) are checked.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingUiTest {
    private static final double RATE = 250;
    private static final int CHANNELS = 8;

    @TempDir
    static Path tmp;

    private ExecutorService background;
    private RecordingViewModel viewModel;
    private Database db;
    private Patient patient;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile(tmp, "recording", ".db");
        Files.delete(file);
        db = Database.open(file);
        patient = new PatientStore(db).create("REC-0042", "Test Patient", null, "F");
        background = Executors.newSingleThreadExecutor();
        viewModel = new RecordingViewModel(db, background, Platform::runLater);
        stage.setScene(new Scene(RecordingView.create(viewModel), 1200, 760));
        stage.show();
        viewModel.load();
    }

    @AfterEach
    void closeRecording() throws InterruptedException {
        viewModel.close();
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void simulatedRecordingWithMarkersPauseAndStopIsStoredAndExported(FxRobot robot) throws Exception {
        ComboBox<Patient> patientBox = robot.lookup("#patientBox").queryComboBox();
        waitFor(() -> patientBox.getItems().size() == 1);
        robot.interact(() -> {
            patientBox.setValue(patientBox.getItems().get(0));
            viewModel.channelsProperty().set(CHANNELS);
            viewModel.rateProperty().set(RATE);
        });
        assertThat(viewModel.deviceProperty().get().label()).isEqualTo("simulated");   // the fresh-install default

        robot.clickOn("#checkButton");
        waitFor(() -> viewModel.stateProperty().get() == RecordingState.CHECK);
        ImageView image = robot.lookup("#traceImage").queryAs(ImageView.class);
        waitFor(() -> image.getImage() != null);
        int[] early = pixels(image);
        ListView<?> lights = robot.lookup("#lightList").queryListView();
        waitFor(() -> lights.getItems().size() == CHANNELS);
        assertThat(viewModel.lights()).extracting(l -> l.label()).contains("EEG Fp1");
        assertThat(viewModel.lights()).allSatisfy(l -> assertThat(l.quality().name()).isEqualTo("GOOD"));
        // the simulated amplifier's impedances (2-10 kΩ) were measured at the check and are shown per channel
        assertThat(viewModel.lights()).allSatisfy(l -> assertThat(l.impedanceKohm()).isBetween(2.0, 10.0));
        Thread.sleep(300);
        assertThat(pixels(image)).as("the sweep moves on while checking").isNotEqualTo(early);
        assertThat(robot.lookup("#marker1").queryButton().isDisabled()).as("no markers before recording").isTrue();

        long startNanos = System.nanoTime();
        robot.clickOn("#startButton");
        waitFor(() -> viewModel.stateProperty().get() == RecordingState.RECORDING);
        long recordingNanos = System.nanoTime();
        Label state = robot.lookup("#stateLabel").queryAs(Label.class);
        assertThat(state.getText()).contains("RECORDING");
        Thread.sleep(1200);

        double before = viewModel.session().recordedSeconds();
        robot.type(KeyCode.F1);                     // eyes open
        double after = viewModel.session().recordedSeconds();
        waitFor(() -> viewModel.markers().size() == 1);
        Annotation eyesOpen = viewModel.markers().get(0);
        assertThat(eyesOpen.text()).isEqualTo("Eyes open");
        // the sample on screen when the key went down: the marker sits between the clock read before and after
        assertThat(eyesOpen.onsetSeconds()).isBetween(before - 1e-9, after + 0.05);
        assertThat(eyesOpen.onsetSeconds()).isCloseTo(1.2, within(0.6));

        Thread.sleep(500);
        robot.type(KeyCode.F3);                     // hyperventilation
        waitFor(() -> viewModel.markers().size() == 2);

        robot.clickOn("#pauseButton");
        waitFor(() -> viewModel.stateProperty().get() == RecordingState.PAUSED);
        long pausedAt = System.nanoTime();
        Thread.sleep(1000);
        robot.clickOn("#resumeButton");
        waitFor(() -> viewModel.stateProperty().get() == RecordingState.RECORDING);
        double pauseSeconds = (System.nanoTime() - pausedAt) / 1e9;
        Thread.sleep(1000);
        robot.type(KeyCode.F2);                     // eyes closed
        waitFor(() -> viewModel.markers().size() == 3);
        Thread.sleep(500);

        double atLeast = (System.nanoTime() - recordingNanos) / 1e9;     // surely recording: shown until Stop
        robot.clickOn("#stopButton");
        waitFor(() -> viewModel.stateProperty().get() == RecordingState.STOPPED);
        double atMost = (System.nanoTime() - startNanos) / 1e9;          // from the Start click to finalised
        SessionSummary s = viewModel.summary();
        assertThat(s.alarm()).isNull();
        assertThat(s.droppedSamples()).isZero();
        Label counters = robot.lookup("#countersLabel").queryAs(Label.class);
        assertThat(counters.getText()).contains("samples " + s.samples()).contains("gaps 1");

        List<Annotation> shown = List.copyOf(viewModel.markers());
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.status()).isEqualTo(RecordingStatus.COMPLETE);
            assertThat(r.patientId()).isEqualTo(patient.id());
            assertThat(r.signals()).hasSize(CHANNELS);
            assertThat(r.sampleCount(0)).isEqualTo(s.samples());
            // one gap: the pause, about as long as it was on the wall clock
            assertThat(r.gaps()).hasSize(1);
            Gap pause = r.gaps().get(0);
            assertThat(pause.durationSeconds()).isCloseTo(pauseSeconds, within(0.5));
            // samples ~ (recording length - pause) x rate; the length within the wall-clock bounds of the session
            assertThat(s.samples() / RATE).isCloseTo(r.durationSeconds() - pause.durationSeconds(), within(0.25));
            assertThat(r.durationSeconds()).isBetween(atLeast - 0.3, atMost + 0.3);
            List<Annotation> stored = r.annotations();
            assertThat(stored).extracting(Annotation::text).containsExactly("Eyes open", "Hyperventilation",
                    "Recording paused", "Recording resumed", "Eyes closed");
            for (Annotation a : shown) {
                Annotation match = stored.stream().filter(b -> b.text().equals(a.text())).findFirst().orElseThrow();
                assertThat(match.onsetSeconds()).isCloseTo(a.onsetSeconds(), within(1e-6));
            }
            assertThat(stored.get(4).onsetSeconds()).as("eyes closed after the gap")
                    .isGreaterThan(pause.onsetSeconds() + pause.durationSeconds());
        }

        Path edf = tmp.resolve("live.edf");
        robot.interact(() -> viewModel.export(edf));
        waitFor(() -> Files.exists(edf) && viewModel.messageProperty().get().startsWith("Exported"));
        try (EdfRecording back = EdfReader.open(edf); StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(back.format()).isEqualTo(RecordingFormat.EDF_PLUS_D);
            assertThat(back.sampleCount(3)).isEqualTo(s.samples());
            int[] fromFile = new int[(int) s.samples()];
            int[] fromDb = new int[fromFile.length];
            back.readDigital(3, 0, fromFile, 0, fromFile.length);
            r.readDigital(3, 0, fromDb, 0, fromDb.length);
            assertThat(fromFile).isEqualTo(fromDb);
            assertThat(back.gaps()).hasSize(1);
            for (Annotation a : shown) {
                assertThat(back.annotations()).anySatisfy(b -> {
                    assertThat(b.text()).isEqualTo(a.text());
                    assertThat(b.onsetSeconds()).isCloseTo(a.onsetSeconds(), within(0.001));
                });
            }
        }
    }

    @Test
    void setupRefusesToOpenTheCytonWithoutAPort(FxRobot robot) {
        robot.interact(() -> {
            viewModel.newMrnProperty().set("NEW-1");
            viewModel.deviceProperty().set(io.braingobrrr.acquisition.session.DeviceChoice.CYTON);
            viewModel.portProperty().set("");
        });
        robot.clickOn("#checkButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.stateProperty().get()).isEqualTo(RecordingState.SETUP);
        assertThat(viewModel.messageProperty().get()).contains("serial port");

        robot.interact(() -> viewModel.portProperty().set(tmp.resolve("no-such-port").toString()));
        robot.clickOn("#checkButton");
        waitFor(() -> viewModel.messageProperty().get().contains("failed"));
        assertThat(viewModel.stateProperty().get()).isEqualTo(RecordingState.SETUP);
        assertThat(viewModel.messageProperty().get()).contains("no-such-port");
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    private static int[] pixels(ImageView view) {
        var img = view.getImage();
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return Arrays.copyOf(px, px.length);
    }
}
