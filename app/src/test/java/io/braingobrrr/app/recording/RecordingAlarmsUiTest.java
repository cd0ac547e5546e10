package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.session.SessionOptions;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.acquisition.simulated.SimulatedAmplifier;
import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStatus;
import io.braingobrrr.core.synth.SyntheticRecordingWriter;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredRecording;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording tab's alarms under Monocle, for real: the simulated amplifier's cable is pulled and replugged
 * during a recording, and a database limited in size fills up (SQLite answers SQLITE_FULL as for a full disk).
 */
@ExtendWith(ApplicationExtension.class)
class RecordingAlarmsUiTest {
    @TempDir
    static Path tmp;

    private ExecutorService background;
    private Stage stage;
    private RecordingWorkflow workflow;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** A tab over a new database; the workflow's options are the test's. */
    private RecordingViewModel open(FxRobot robot, Database db, SessionOptions options, int channels, double rate) {
        return open(robot, db, options, vm -> {
            vm.channelsProperty().set(channels);
            vm.rateProperty().set(rate);
        });
    }

    private RecordingViewModel open(FxRobot robot, Database db, SessionOptions options,
                                    java.util.function.Consumer<RecordingViewModel> setup) {
        workflow = new RecordingWorkflow(db, options);
        RecordingViewModel vm = new RecordingViewModel(workflow, background, Platform::runLater);
        robot.interact(() -> {
            stage.setScene(new Scene(RecordingView.create(vm), 1000, 700));
            stage.show();
            vm.newMrnProperty().set("ALARM-1");
            setup.accept(vm);
            vm.check();
        });
        waitFor(() -> vm.stateProperty().get() == RecordingState.CHECK);
        robot.interact(vm::startRecording);
        waitFor(() -> vm.stateProperty().get() == RecordingState.RECORDING);
        return vm;
    }

    private static Database database(String name) throws Exception {
        Path file = Files.createTempFile(tmp, name, ".db");
        Files.delete(file);
        return Database.open(file);
    }

    @Test
    void pulledCableShowsTheAlarmUntilTheAmplifierIsBackAndTheGapIsRecorded(FxRobot robot) throws Exception {
        Database db = database("unplug");
        RecordingViewModel vm = open(robot, db, SessionOptions.defaults().withReconnectInterval(200), 8, 250);
        Label alarm = robot.lookup("#alarmLabel").queryAs(Label.class);
        assertThat(alarm.getText()).isEmpty();
        Thread.sleep(800);
        SimulatedAmplifier amp = (SimulatedAmplifier) workflow.device();
        amp.unplug();
        waitFor(() -> alarm.getText().startsWith("Amplifier lost"));
        assertThat(alarm.getText()).contains("cable pulled").contains("reconnecting");
        assertThat(alarm.getStyleClass()).doesNotContain("quiet");
        Thread.sleep(700);
        amp.replug();
        waitFor(() -> alarm.getText().isEmpty());
        assertThat(alarm.getStyleClass()).contains("quiet");
        Thread.sleep(600);
        robot.interact(vm::stop);
        waitFor(() -> vm.stateProperty().get() == RecordingState.STOPPED);
        SessionSummary s = vm.summary();
        assertThat(s.reconnects()).isEqualTo(1);
        assertThat(s.gaps()).hasSize(1);
        assertThat(s.gaps().get(0).durationSeconds()).isBetween(0.5, 5.0);
        assertThat(robot.lookup("#countersLabel").queryAs(Label.class).getText()).contains("gaps 1");
    }

    @Test
    void fullDiskStopsTheRecordingWithAnAlarmAndKeepsWhatWasWritten(FxRobot robot) throws Exception {
        Database db = database("full");
        long limit = Files.size(db.file()) + 1_500_000;
        RecordingViewModel vm = open(robot, db, SessionOptions.defaults().withStorageLimit(limit), 64, 1000);
        Label alarm = robot.lookup("#alarmLabel").queryAs(Label.class);
        // 64 ch x 1 kHz of int16 is 128 kB/s: the limit is reached within seconds and the tab stops by itself
        waitFor(() -> vm.stateProperty().get() == RecordingState.STOPPED);
        assertThat(alarm.getText()).contains("disk is full");
        assertThat(alarm.getStyleClass()).doesNotContain("quiet");
        SessionSummary s = vm.summary();
        assertThat(s.samples()).isPositive();
        try (StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.sampleCount(0)).isEqualTo(s.samples());
            int[] all = new int[(int) s.samples()];
            r.readDigital(63, 0, all, 0, all.length);               // every committed sample is readable
        }
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }

    @Test
    void aPlayedBackFileThatEndsIsFinalisedSampleExact(FxRobot robot) throws Exception {
        Path file = tmp.resolve("short.bdf");
        SyntheticRecordingWriter.write(file, 3.0 / 3600, 3, 128);            // 3 s, 3 channels at 128 Hz
        Database db = database("playback");
        RecordingViewModel vm = open(robot, db, SessionOptions.defaults(), m -> {
            m.deviceProperty().set(DeviceChoice.PLAYBACK);
            m.playbackFileProperty().set(file);
        });
        waitFor(() -> vm.stateProperty().get() == RecordingState.STOPPED);
        SessionSummary s = vm.summary();
        assertThat(s.channels()).isEqualTo(3);
        try (SignalSource source = RecordingReader.open(file); StoredRecording r = new RecordingStore(db).open(s.recordingId())) {
            assertThat(r.status()).isEqualTo(RecordingStatus.COMPLETE);
            // the check previews the file; recording replays it from its start, to its end (whole records)
            long n = r.sampleCount(1);
            assertThat(n).isEqualTo(source.sampleCount(1));
            int[] stored = new int[(int) n];
            r.readDigital(1, 0, stored, 0, stored.length);
            int[] tail = new int[(int) n];
            source.readDigital(1, 0, tail, 0, tail.length);
            assertThat(stored).as("sample-exact").isEqualTo(tail);
        }
    }
}
