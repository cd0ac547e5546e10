package io.braingobrrr.app.recordings;

import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.RecordingSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The recordings in the database as worklist rows, newest first, with patient names resolved. */
public final class Worklist {
    static final String UNASSIGNED = "(no patient)";

    private final RecordingStore recordings;
    private final PatientStore patients;

    public Worklist(RecordingStore recordings, PatientStore patients) {
        this.recordings = recordings;
        this.patients = patients;
    }

    public List<WorklistEntry> load() {
        Map<Long, String> names = new HashMap<>();
        List<WorklistEntry> rows = new ArrayList<>();
        for (RecordingSummary r : recordings.list()) {
            String patient = r.patientId() == null ? UNASSIGNED
                    : names.computeIfAbsent(r.patientId(), id -> describe(patients.find(id)));
            rows.add(new WorklistEntry(r.id(), patient, r.startTime(), r.durationSeconds(), r.signalCount(),
                    r.status().name().toLowerCase(Locale.ROOT), r.sourceFile()));
        }
        return rows;
    }

    private static String describe(Optional<Patient> patient) {
        if (patient.isEmpty()) return UNASSIGNED;
        Patient p = patient.get();
        return p.name() == null || p.name().isBlank() ? p.mrn() : p.name() + " (" + p.mrn() + ")";
    }
}
