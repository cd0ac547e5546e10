package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.acquisition.session.HeadlessRecording;
import io.braingobrrr.acquisition.session.QualityMonitor;
import io.braingobrrr.acquisition.session.RecordLayout;
import io.braingobrrr.acquisition.session.RecordingSession;
import io.braingobrrr.acquisition.session.SessionOptions;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The live recording's work below the view model, without any toolkit: opens the chosen device and streams it
 * without storing for the quality check, then records through {@link RecordingSession}; the live sweep and the
 * quality monitor listen to the stream in both steps. The methods block (device handshakes, commits): the
 * view model calls them on its background thread, one at a time.
 */
public final class RecordingWorkflow implements AutoCloseable {
    // written on the background thread, read by each frame on the FX thread
    private final Database db;
    private final PatientStore patients;
    private final SessionOptions options;
    private volatile Device device;
    private volatile Patient patient;
    private volatile LiveSweep sweep;
    private volatile QualityMonitor monitor;
    private volatile RecordingSession session;
    private volatile SessionSummary summary;
    private volatile Map<Integer, Double> impedances = Map.of();

    public RecordingWorkflow(Database db) {
        this(db, SessionOptions.defaults());
    }

    /** With session options other than the defaults (storage limit, reconnect interval); start time and patient are set here. */
    public RecordingWorkflow(Database db, SessionOptions options) {
        this.db = db;
        this.patients = new PatientStore(db);
        this.options = options;
    }

    public PatientStore patients() {
        return patients;
    }

    /**
     * Setup to check: finds or creates the patient, opens the device, measures impedances where the device
     * can, and starts streaming to the live view without storing anything.
     */
    public void check(RecordingSetup setup, double pageSeconds) throws DeviceException {
        String problem = setup.problem();
        if (problem != null) throw new IllegalArgumentException(problem);
        patient = setup.patient() != null ? setup.patient() : patients.findByMrn(setup.newMrn())
                .orElseGet(() -> patients.create(setup.newMrn().strip(), blankToNull(setup.newName()), null, null));
        device = setup.device().create(setup.port(), setup.file(), setup.channels(), setup.rateHz(), 1.0,
                System.nanoTime(), setup.sleep());
        device.open();
        RecordLayout layout = RecordLayout.of(device);
        sweep = new LiveSweep(layout.signals(), pageSeconds);
        monitor = new QualityMonitor(layout.signals());
        impedances = device.measureImpedance(1.0);
        monitor.setImpedances(impedances);
        device.start(preview());
    }

    private SampleListener preview() {
        return new SampleListener() {
            @Override
            public void onBlock(SampleBlock block) {
                sweep.onBlock(block);
                monitor.onBlock(block);
            }

            @Override
            public void onDisconnected(String reason) {
                sweep.onDisconnected(reason);
            }
        };
    }

    /** Check back to setup: releases the device. */
    public void cancelCheck() {
        if (device != null) device.close();
        device = null;
        sweep = null;
        monitor = null;
    }

    /** Check to recording: the preview stream stops and the session restarts the device into the database. */
    public long startRecording() throws DeviceException {
        device.stop();
        session = RecordingSession.start(db, device,
                options.withStartTime(java.time.LocalDateTime.now().withNano(0)).withPatient(patient));
        session.addViewer(sweep);
        session.addViewer(monitor);
        return session.recordingId();
    }

    public Annotation marker(String text) {
        return session.marker(text);
    }

    public void pause() {
        session.pause();
    }

    public void resume() {
        session.resume();
    }

    /** Stops and finalises the recording (or releases the device when nothing was recorded yet). */
    public SessionSummary stop() {
        if (session == null) {
            cancelCheck();
            return null;
        }
        if (summary == null) summary = session.stop();
        return summary;
    }

    public void export(Path out) throws IOException {
        if (summary == null) throw new IllegalStateException("stop the recording before exporting it");
        HeadlessRecording.export(db, summary.recordingId(), out);
    }

    /** The open device (tests pull a simulated amplifier's cable through it). */
    public Device device() {
        return device;
    }

    public LiveSweep sweep() {
        return sweep;
    }

    public QualityMonitor monitor() {
        return monitor;
    }

    /** The running session, or null before recording starts. */
    public RecordingSession session() {
        return session;
    }

    public Patient patient() {
        return patient;
    }

    public Map<Integer, Double> impedances() {
        return impedances;
    }

    /** Whatever state it is in, nothing recorded is lost: a running session is stopped and finalised. */
    @Override
    public void close() {
        if (session != null) stop();
        else cancelCheck();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
