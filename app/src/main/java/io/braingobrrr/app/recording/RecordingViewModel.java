package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.device.SerialPorts;
import io.braingobrrr.acquisition.session.ChannelQuality;
import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.acquisition.session.RecordingSession;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.app.report.Times;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.store.Database;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * State and actions of one live recording tab, as an explicit state machine ({@link RecordingState}: setup,
 * check, recording, paused, stopped). Device and database work runs on {@code background} through
 * {@link RecordingWorkflow}; results come back on {@code fxThread}. The view calls {@link #tick} once per
 * screen frame: it draws the sweep and, a few times a second, refreshes the counters, lights and alarms.
 */
public final class RecordingViewModel implements AutoCloseable {
    /** The hotkey markers (F1..F5), in the order of their keys. */
    public static final List<String> MARKERS = List.of("Eyes open", "Eyes closed", "Hyperventilation", "Photic stimulation",
            "Patient moved");
    private static final long STATUS_EVERY_NANOS = 250_000_000L;
    public static final List<String> LIVE_MONTAGES = List.of(StandardMontages.AS_RECORDED, StandardMontages.AVERAGE);

    /** One channel's quality light and its last measured impedance (NaN when the device cannot measure). */
    public record ChannelLight(String label, ChannelQuality quality, double impedanceKohm) {
    }

    private final RecordingWorkflow workflow;
    private final Executor background;
    private final Executor fxThread;
    private final ObjectProperty<RecordingState> state = new SimpleObjectProperty<>(RecordingState.SETUP);
    private final ObservableList<Patient> patients = FXCollections.observableArrayList();
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final StringProperty newMrn = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<DeviceChoice> device = new SimpleObjectProperty<>(DeviceChoice.SIMULATED);
    private final ObservableList<String> ports = FXCollections.observableArrayList();
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<Path> playbackFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> channels = new SimpleObjectProperty<>(19);
    private final ObjectProperty<Double> rate = new SimpleObjectProperty<>(256.0);
    private final BooleanProperty sleepPatterns = new SimpleBooleanProperty(false);
    private final ObjectProperty<Double> sensitivity = new SimpleObjectProperty<>(DisplaySettings.DEFAULT_SENSITIVITY);
    private final ObjectProperty<Double> pageSeconds = new SimpleObjectProperty<>(DisplaySettings.DEFAULT_PAGE_SECONDS);
    private final ObjectProperty<String> montage = new SimpleObjectProperty<>(StandardMontages.AS_RECORDED);
    private final StringProperty customMarker = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty alarm = new SimpleStringProperty("");
    private final StringProperty counters = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty frame = new SimpleIntegerProperty(0);
    private final ObservableList<ChannelLight> lights = FXCollections.observableArrayList();
    private final ObservableList<Annotation> markers = FXCollections.observableArrayList();
    private final List<TracePage.Mark> sweepMarks = new ArrayList<>();
    private final FrameStats stats = new FrameStats();
    private PageImage image;
    private long lastStatus;
    private SessionSummary summary;

    public RecordingViewModel(Database db, Executor background, Executor fxThread) {
        this(new RecordingWorkflow(db), background, fxThread);
    }

    public RecordingViewModel(RecordingWorkflow workflow, Executor background, Executor fxThread) {
        this.workflow = workflow;
        this.background = background;
        this.fxThread = fxThread;
        pageSeconds.addListener((o, a, b) -> {
            if (workflow.sweep() != null) workflow.sweep().setPageSeconds(b);
        });
        montage.addListener((o, a, b) -> {
            if (workflow.sweep() != null) workflow.sweep().setMontage(b);
        });
    }

    /** Loads the patients to choose from and the serial ports (the simulated amplifier needs neither). */
    public void load() {
        run("Loading patients", () -> new Lists(workflow.patients().page(null, 1, 500).items(),
                SerialPorts.list().stream().map(SerialPorts.PortDescription::path).toList()), l -> {
            patients.setAll(l.patients());
            ports.setAll(l.ports());
            if (!l.ports().isEmpty() && port.get().isBlank()) port.set(l.ports().get(0));
        });
    }

    private record Lists(List<Patient> patients, List<String> ports) {
    }

    /** Setup to check: opens the device and streams it without storing (impedances and quality lights). */
    public void check() {
        RecordingSetup setup = new RecordingSetup(patient.get(), newMrn.get(), newName.get(), device.get(), port.get(),
                playbackFile.get(), channels.get(), rate.get(), sleepPatterns.get());
        String problem = setup.problem();
        if (problem != null) {
            message.set(problem);
            return;
        }
        move(RecordingState.CHECK, "Opening " + device.get().label(), () -> {
            workflow.check(setup, pageSeconds.get());
            return null;
        }, r -> {
            workflow.sweep().setMontage(montage.get());
            message.set("Check the traces and lights, then start recording"
                    + (workflow.impedances().isEmpty() ? "" : " (impedances measured)"));
        });
    }

    /** Check back to setup (another device or patient). */
    public void backToSetup() {
        move(RecordingState.SETUP, "Closing the device", () -> {
            workflow.cancelCheck();
            return null;
        }, r -> message.set(""));
    }

    public void startRecording() {
        move(RecordingState.RECORDING, "Starting the recording", workflow::startRecording,
                id -> message.set("Recording " + id + " for " + workflow.patient().mrn()));
    }

    public void pause() {
        move(RecordingState.PAUSED, "Pausing", () -> {
            workflow.pause();
            return null;
        }, r -> markSweep("Recording paused"));
    }

    public void resume() {
        move(RecordingState.RECORDING, "Resuming", () -> {
            workflow.resume();
            return null;
        }, r -> markSweep("Recording resumed"));
    }

    /** Stops and finalises the recording; the tab then offers the export. */
    public void stop() {
        move(RecordingState.STOPPED, "Stopping and finalising", workflow::stop, s -> {
            summary = s;
            if (s == null) return;
            refreshCounters();
            message.set("Recording " + s.recordingId() + " finalised: " + s.samples() + " samples x " + s.channels()
                    + " channels");
            if (s.alarm() != null) alarm.set(s.alarm());
        });
    }

    /** A marker (hotkey or custom text) at the sample on screen now; only while recording or paused. */
    public void marker(String text) {
        if (text == null || text.isBlank() || !(state.get() == RecordingState.RECORDING || state.get() == RecordingState.PAUSED)) {
            return;
        }
        String t = text.strip();
        markSweep(t);
        run("Marker " + t, () -> workflow.marker(t), markers::add);
    }

    /** The marker with the text typed in the custom field. */
    public void customMarker() {
        marker(customMarker.get());
        customMarker.set("");
    }

    public void export(Path out) {
        if (state.get() != RecordingState.STOPPED || summary == null) return;
        run("Exporting to " + out.getFileName(), () -> {
            workflow.export(out);
            return out;
        }, f -> message.set("Exported recording " + summary.recordingId() + " to " + f));
    }

    private void markSweep(String text) {
        if (workflow.sweep() != null) sweepMarks.add(new TracePage.Mark(workflow.sweep().shownSeconds(), text));
    }

    /** Draws into an image of this size from the next frame on. */
    public void resize(int width, int height) {
        if (width < 300 || height < 120) return;
        if (image != null && image.width() == width && image.height() == height) return;
        image = new PageImage(width, height);
    }

    /** Once per screen frame (an AnimationTimer, or the benchmark's clock). */
    public void tick(long nowNanos) {
        LiveSweep sweep = workflow.sweep();
        if (sweep == null || image == null || !state.get().live()) return;
        DisplaySettings settings = DisplaySettings.defaults().withSensitivity(sensitivity.get());
        long t0 = System.nanoTime();
        long[] latencies = sweep.drawFrame(image, settings, sweepMarks);
        long painted = System.nanoTime();
        stats.frame(painted, painted - t0, latencies);
        frame.set(frame.get() + 1);
        if (nowNanos - lastStatus >= STATUS_EVERY_NANOS) {
            lastStatus = nowNanos;
            refreshCounters();
        }
    }

    /** Counters, lights and alarms; a session that failed (disk full) is stopped so what it stored is finalised. */
    private void refreshCounters() {
        List<ChannelQuality> q = workflow.monitor() == null ? List.of() : workflow.monitor().lights();
        List<ChannelLight> l = new ArrayList<>(q.size());
        List<String> labels = workflow.sweep() == null ? List.of() : workflow.sweep().labels();
        Map<Integer, Double> z = workflow.impedances();
        for (int i = 0; i < q.size() && i < labels.size(); i++) {
            l.add(new ChannelLight(labels.get(i), q.get(i), z.getOrDefault(i + 1, Double.NaN)));
        }
        if (!l.equals(lights)) lights.setAll(l);
        RecordingSession session = workflow.session();
        String lost = workflow.sweep() == null ? null : workflow.sweep().disconnected();
        if (session == null) {
            counters.set(String.format("Preview %s   (not recording)", Times.clock(workflow.sweep() == null ? 0
                    : workflow.sweep().shownSeconds())));
            alarm.set(lost == null ? "" : "Amplifier lost: " + lost);
            return;
        }
        SessionSummary s = summary != null ? summary : session.summary();
        double elapsed = summary != null ? s.samples() / s.sampleRateHz() : session.recordedSeconds();
        counters.set(String.format("Elapsed %s   samples %d   dropped %d   gaps %d", Times.clock(elapsed), s.samples(),
                s.droppedSamples(), s.gaps().size()));
        if (session.state() == RecordingSession.State.FAILED || session.alarm() != null) {
            alarm.set(session.alarm());
            if (state.get() != RecordingState.STOPPED && !busy.get()) stop();
        } else if (session.hasEnded() && state.get() != RecordingState.STOPPED && !busy.get()) {
            stop();                                     // a played-back file has ended: finalise what it gave
        } else if (session.state() == RecordingSession.State.RECONNECTING) {
            alarm.set("Amplifier lost" + (lost == null ? "" : " (" + lost + ")") + ": reconnecting, the gap is recorded");
        } else if (summary == null) {
            alarm.set("");
        }
    }

    private interface Work<T> {
        T call() throws Exception;
    }

    private interface Done<T> {
        void accept(T result);
    }

    /** A state change: allowed only along the state machine's edges, applied when the work has succeeded. */
    private <T> void move(RecordingState next, String what, Work<T> work, Done<T> done) {
        if (busy.get() || !state.get().canMoveTo(next)) return;
        busy.set(true);     // one move at a time: a double click cannot start twice
        message.set(what + "...");
        submit(what, work, r -> {
            busy.set(false);
            done.accept(r);         // results (e.g. the summary) are in place before anyone sees the new state
            state.set(next);
        }, () -> busy.set(false));
    }

    /** Work that changes no state (markers, export): queued behind any move, in order. */
    private <T> void run(String what, Work<T> work, Done<T> done) {
        submit(what, work, done, () -> { });
    }

    private <T> void submit(String what, Work<T> work, Done<T> done, Runnable failed) {
        background.execute(() -> {
            try {
                T result = work.call();
                fxThread.execute(() -> done.accept(result));
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fxThread.execute(() -> {
                    failed.run();
                    message.set(what + " failed: " + why);
                });
            }
        });
    }

    public ReadOnlyObjectProperty<RecordingState> stateProperty() { return state; }
    public ObservableList<Patient> patients() { return patients; }
    public ObjectProperty<Patient> patientProperty() { return patient; }
    public StringProperty newMrnProperty() { return newMrn; }
    public StringProperty newNameProperty() { return newName; }
    public ObjectProperty<DeviceChoice> deviceProperty() { return device; }
    public ObservableList<String> ports() { return ports; }
    public StringProperty portProperty() { return port; }
    public ObjectProperty<Path> playbackFileProperty() { return playbackFile; }
    public ObjectProperty<Integer> channelsProperty() { return channels; }
    public ObjectProperty<Double> rateProperty() { return rate; }
    public BooleanProperty sleepPatternsProperty() { return sleepPatterns; }
    public ObjectProperty<Double> sensitivityProperty() { return sensitivity; }
    public ObjectProperty<Double> pageSecondsProperty() { return pageSeconds; }
    /** Live montage: as-recorded or average ({@link #LIVE_MONTAGES}). */
    public ObjectProperty<String> montageProperty() { return montage; }
    public StringProperty customMarkerProperty() { return customMarker; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty alarmProperty() { return alarm; }
    public ReadOnlyStringProperty countersProperty() { return counters; }
    public BooleanProperty busyProperty() { return busy; }
    public ReadOnlyIntegerProperty frameProperty() { return frame; }
    public ObservableList<ChannelLight> lights() { return lights; }
    /** Markers stored in this recording (with their onsets on the recording's time axis). */
    public ObservableList<Annotation> markers() { return markers; }
    public PageImage image() { return image; }
    /** Pixel columns [left, right) the last frame changed (the view copies only those to the screen). */
    public int dirtyLeft() { return workflow.sweep() == null ? 0 : workflow.sweep().dirtyLeft(); }
    public int dirtyRight() { return workflow.sweep() == null || image == null ? 0 : workflow.sweep().dirtyRight(); }
    public FrameStats stats() { return stats; }
    /** The finalised recording's summary, or null before stop. */
    public SessionSummary summary() { return summary; }
    /** The session while recording (tests and the benchmark read its sample clock). */
    public RecordingSession session() { return workflow.session(); }

    /** Closing the tab: a running recording is stopped and finalised, never dropped. */
    @Override
    public void close() {
        background.execute(workflow::close);
    }
}
