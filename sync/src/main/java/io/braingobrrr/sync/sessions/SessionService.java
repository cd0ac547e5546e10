package io.braingobrrr.sync.sessions;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.PatientStore;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Permission checks and audit around a {@link SessionControl}: eeg_read to look at devices and sessions,
 * eeg_write to create, start, pause, resume and stop them (technicians record; researchers never do).
 */
public final class SessionService {
    private final SessionControl control;
    private final PatientStore patients;
    private final AuditTrail audit;

    /** @param control null when this server has no acquisition wired (the API then answers 501) */
    public SessionService(SessionControl control, PatientStore patients, AuditTrail audit) {
        this.control = control;
        this.patients = patients;
        this.audit = audit;
    }

    public boolean available() {
        return control != null;
    }

    public List<SessionControl.DeviceType> deviceTypes(Subject by) {
        by.require(Permission.EEG_READ);
        return control.deviceTypes();
    }

    public List<SessionControl.Port> ports(Subject by) {
        by.require(Permission.EEG_READ);
        return control.ports();
    }

    public List<SessionControl.Session> list(Subject by) {
        by.require(Permission.EEG_READ);
        return control.list();
    }

    public SessionControl.Session get(Subject by, long id) {
        by.require(Permission.EEG_READ);
        return control.get(id);
    }

    public SessionControl.Session create(Subject by, SessionControl.Request request) {
        by.require(Permission.EEG_WRITE);
        if (request.patientId() != null && patients.find(request.patientId()).isEmpty()) {
            throw InvalidInputException.of("patient_id", "there is no patient " + request.patientId());
        }
        SessionControl.Session s = control.create(request);
        audited(by, "session.create", s, Map.of("device", s.device()));
        return s;
    }

    public SessionControl.Session start(Subject by, long id) {
        return change(by, id, "session.start", control::start);
    }

    public SessionControl.Session pause(Subject by, long id) {
        return change(by, id, "session.pause", control::pause);
    }

    public SessionControl.Session resume(Subject by, long id) {
        return change(by, id, "session.resume", control::resume);
    }

    public SessionControl.Session stop(Subject by, long id) {
        return change(by, id, "session.stop", control::stop);
    }

    private SessionControl.Session change(Subject by, long id, String action, LongFunction<SessionControl.Session> step) {
        by.require(Permission.EEG_WRITE);
        SessionControl.Session s = step.apply(id);
        audited(by, action, s, s.recordingId() == null ? Map.of() : Map.of("recording_id", s.recordingId()));
        return s;
    }

    private void audited(Subject by, String action, SessionControl.Session s, Map<String, ?> detail) {
        audit.append(new AuditEvent(by.username(), action, "session", Long.toString(s.id()), detail, by.origin(), by.address()));
    }
}
