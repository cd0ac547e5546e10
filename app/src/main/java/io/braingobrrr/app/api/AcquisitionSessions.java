package io.braingobrrr.app.api;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.SerialPorts;
import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.acquisition.session.RecordingSession;
import io.braingobrrr.acquisition.session.SessionOptions;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.sessions.SessionControl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API's recording sessions on acquisition's {@link RecordingSession}: the same devices and crash-safe
 * storage as `brrr record` and the workstation. Playback is not offered: it would let a network client name
 * any file of this computer.
 */
final class AcquisitionSessions implements SessionControl, AutoCloseable {
    static final int DEFAULT_CHANNELS = 8;
    static final double DEFAULT_RATE_HZ = 250;

    private static final class Entry {
        final long id;
        final DeviceChoice device;
        final Request request;
        volatile RecordingSession session;
        volatile SessionSummary summary;

        Entry(long id, DeviceChoice device, Request request) {
            this.id = id;
            this.device = device;
            this.request = request;
        }
    }

    private final Database db;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry> sessions = new ConcurrentHashMap<>();

    AcquisitionSessions(Database db) {
        this.db = db;
    }

    @Override
    public List<DeviceType> deviceTypes() {
        return List.of(new DeviceType("simulated", "Simulated amplifier (synthetic EEG; channels 1-64, rate 100-2000 Hz)", List.of()),
                new DeviceType("cyton", "OpenBCI Cyton, 8 channels at 250 Hz, over the USB dongle", List.of("port")),
                new DeviceType("cyton-daisy", "OpenBCI Cyton with Daisy, 16 channels at 125 Hz", List.of("port")));
    }

    @Override
    public List<Port> ports() {
        return SerialPorts.list().stream().map(p -> new Port(p.path(), p.description(), p.looksLikeOpenBciDongle())).toList();
    }

    @Override
    public Session create(Request r) {
        Map<String, String> errors = new LinkedHashMap<>();
        DeviceChoice choice = null;
        try {
            choice = DeviceChoice.parse(r.device() == null ? "" : r.device());
            if (choice == DeviceChoice.PLAYBACK) errors.put("device", "playback reads a local file and is not offered over the API");
        } catch (IllegalArgumentException e) {
            errors.put("device", "must be simulated, cyton or cyton-daisy, not '" + r.device() + "'");
        }
        if ((choice == DeviceChoice.CYTON || choice == DeviceChoice.CYTON_DAISY) && (r.port() == null || r.port().isBlank())) {
            errors.put("port", "is required for " + choice.label() + " (the dongle's serial port, see GET /devices)");
        }
        if (r.channels() != null && (r.channels() < 1 || r.channels() > 64)) errors.put("channels", "must be 1..64");
        if (r.sampleRateHz() != null && !(r.sampleRateHz() >= 100 && r.sampleRateHz() <= 2000)) {
            errors.put("sample_rate_hz", "must be 100..2000 Hz");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        Entry e = new Entry(ids.incrementAndGet(), choice, r);
        sessions.put(e.id, e);
        return view(e);
    }

    @Override
    public Session start(long id) {
        Entry e = entry(id);
        synchronized (e) {
            if (e.session != null) throw new ConflictException("session " + id + " was already started");
            int channels = e.request.channels() == null ? DEFAULT_CHANNELS : e.request.channels();
            double rate = e.request.sampleRateHz() == null ? DEFAULT_RATE_HZ : e.request.sampleRateHz();
            try {
                Device device = e.device.create(e.request.port(), null, channels, rate, 1.0, System.nanoTime());
                e.session = RecordingSession.start(db, device, SessionOptions.defaults().withPatient(e.request.patientId(), null));
            } catch (DeviceException | IllegalArgumentException ex) {
                throw new ConflictException("cannot start " + e.device.label() + ": " + ex.getMessage());
            }
            return view(e);
        }
    }

    @Override
    public Session pause(long id) {
        Entry e = running(id, "pause");
        if (e.session.state() != RecordingSession.State.RECORDING) {
            throw new ConflictException("session " + id + " is " + state(e) + "; only a recording session can pause");
        }
        e.session.pause();
        return view(e);
    }

    @Override
    public Session resume(long id) {
        Entry e = running(id, "resume");
        if (e.session.state() != RecordingSession.State.PAUSED) {
            throw new ConflictException("session " + id + " is " + state(e) + "; only a paused session can resume");
        }
        e.session.resume();
        return view(e);
    }

    @Override
    public Session stop(long id) {
        Entry e = running(id, "stop");
        synchronized (e) {
            if (e.summary == null) e.summary = e.session.stop();
            return view(e);
        }
    }

    @Override
    public Session get(long id) {
        return view(entry(id));
    }

    @Override
    public List<Session> list() {
        List<Session> out = new ArrayList<>();
        sessions.values().stream().sorted((a, b) -> Long.compare(a.id, b.id)).forEach(e -> out.add(view(e)));
        return out;
    }

    /** Stops every session still recording (the server is going down; their recordings are finalised). */
    @Override
    public void close() {
        for (Entry e : sessions.values()) {
            synchronized (e) {
                if (e.session != null && e.summary == null) e.summary = e.session.stop();
            }
        }
    }

    private Entry entry(long id) {
        Entry e = sessions.get(id);
        if (e == null) throw new NotFoundException("there is no session " + id);
        return e;
    }

    private Entry running(long id, String what) {
        Entry e = entry(id);
        if (e.session == null) throw new ConflictException("session " + id + " has not started; cannot " + what + " it");
        if (e.summary != null) throw new ConflictException("session " + id + " has stopped; cannot " + what + " it");
        return e;
    }

    private static String state(Entry e) {
        if (e.session == null) return "created";
        if (e.summary != null && e.session.state() != RecordingSession.State.FAILED) return "stopped";
        return e.session.state().name().toLowerCase(Locale.ROOT);
    }

    private static Session view(Entry e) {
        RecordingSession s = e.session;
        if (s == null) return new Session(e.id, e.device.label(), "created", null, e.request.patientId(), 0, 0, 0, null);
        SessionSummary sum = e.summary != null ? e.summary : s.summary();
        return new Session(e.id, e.device.label(), state(e), s.recordingId(), e.request.patientId(),
                e.summary != null ? sum.samples() / sum.sampleRateHz() : s.elapsedSeconds(), sum.samples(), sum.droppedSamples(), s.alarm());
    }
}
