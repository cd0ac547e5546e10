package io.braingobrrr.core.clinical;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.edf.EdfConverter;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingFilter;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.RecordingSummary;
import io.braingobrrr.core.store.StoredRecording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Recordings for every front end: list, read, upload, export, delete, with permissions and audit. */
public final class RecordingService {
    /** At most this many samples in one sample-data answer (40 MB of float32). */
    public static final int MAX_SAMPLES = 10_000_000;

    private final RecordingStore store;
    private final PatientStore patients;
    private final Pseudonymizer pseudonymizer;
    private final AuditTrail audit;

    public RecordingService(RecordingStore store, PatientStore patients, Pseudonymizer pseudonymizer, AuditTrail audit) {
        this.store = store;
        this.patients = patients;
        this.pseudonymizer = pseudonymizer;
        this.audit = audit;
    }

    public Page<RecordingSummary> page(Subject by, RecordingFilter filter, int page, int size) {
        by.require(Permission.EEG_READ);
        return store.page(filter, page, size);
    }

    public RecordingSummary summary(Subject by, long id) {
        by.require(Permission.EEG_READ);
        return store.find(id).orElseThrow(() -> new NotFoundException("there is no recording " + id));
    }

    public RecordingDetails details(Subject by, long id) {
        RecordingSummary s = summary(by, id);
        try (StoredRecording r = store.open(id)) {
            return new RecordingDetails(s, r.signals(), r.annotations().size(),
                    pseudonymizer.viewText(by, r.patientIdentification()), r.recordingIdentification(), r.warnings());
        }
    }

    public List<Annotation> annotations(Subject by, long id) {
        summary(by, id);
        try (StoredRecording r = store.open(id)) {
            return r.annotations();
        }
    }

    /**
     * Physical samples of {@code channel} (label, case-insensitive, or index) from {@code fromSeconds}
     * (inclusive) to {@code toSeconds} (exclusive; null for the end).
     */
    public SampleBlock samples(Subject by, long id, String channel, double fromSeconds, Double toSeconds) {
        summary(by, id);
        try (StoredRecording r = store.open(id)) {
            int index = signalIndex(r, channel);
            SignalInfo s = r.signals().get(index);
            if (!(fromSeconds >= 0)) throw InvalidInputException.of("from", "must be 0 or more seconds");
            if (toSeconds != null && !(toSeconds > fromSeconds)) throw InvalidInputException.of("to", "must be after from");
            long first = r.sampleAtOrAfter(index, fromSeconds);
            long end = toSeconds == null ? r.sampleCount(index) : r.sampleAtOrAfter(index, toSeconds);
            long n = Math.max(0, end - first);
            if (n > MAX_SAMPLES) {
                throw InvalidInputException.of("to", "the range holds " + n + " samples; at most " + MAX_SAMPLES + " per request");
            }
            float[] values = new float[(int) n];
            r.readPhysical(index, first, values, 0, values.length);
            double start = first < r.sampleCount(index) ? r.timeOfSample(index, first) : r.durationSeconds();
            return new SampleBlock(s.label(), s.physicalDimension(), s.sampleRateHz(), first, start, values);
        }
    }

    /**
     * Imports an uploaded file. {@code originalName} is what the client called it (the stored source name).
     * A file that is not a readable EDF/BDF/GDF is refused as invalid input and leaves nothing stored.
     */
    public RecordingSummary upload(Subject by, Path file, String originalName, Long patientId) throws IOException {
        return upload(by, file, ImportInfo.ofFile(file).sourceSha256(), originalName, patientId);
    }

    /** As {@link #upload(Subject, Path, String, Long)}, for a caller that hashed the file while receiving it. */
    public RecordingSummary upload(Subject by, Path file, String sha256, String originalName, Long patientId) throws IOException {
        by.require(Permission.EEG_WRITE);
        if (patientId != null && patients.find(patientId).isEmpty()) {
            throw InvalidInputException.of("patient_id", "there is no patient " + patientId);
        }
        String name = originalName == null || originalName.isBlank() ? file.getFileName().toString()
                : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        long id;
        try (SignalSource src = RecordingReader.open(file)) {
            ImportInfo info = ImportInfo.of(name).withSha256(sha256)
                    .withIdentification(src.patientIdentification(), src.recordingIdentification()).withPatient(patientId);
            id = store.importRecording(src, info);
        } catch (InvalidRecordingException e) {
            // The reader names the temporary file; the user knows the file by the name they sent.
            String message = String.valueOf(e.getMessage()).replace(file.toString(), name)
                    .replace(file.getFileName().toString(), name);
            throw InvalidInputException.of("file", message);
        }
        audit.append(new AuditEvent(by.username(), "recording.create", "recording", Long.toString(id),
                Map.of("source_file", name, "sha256", sha256), by.origin(), by.address()));
        return store.find(id).orElseThrow();
    }

    /**
     * Writes the recording as EDF or BDF (by {@code out}'s extension) and audits the export. Without
     * phi_read the file's patient field is left empty. Every annotation goes along: the file's own and
     * those users and detectors added (they all live in the annotations table).
     */
    public EdfWriter.Result export(Subject by, long id, Path out) throws IOException {
        summary(by, id);
        EdfWriter.Result written;
        try (StoredRecording r = store.open(id)) {
            SignalSource src = by.can(Permission.PHI_READ) ? r : new WithoutPatientIdentification(r);
            written = EdfConverter.convert(src, out);
        }
        audit.append(new AuditEvent(by.username(), "recording.export", "recording", Long.toString(id),
                Map.of("phi", by.can(Permission.PHI_READ)), by.origin(), by.address()));
        return written;
    }

    public void delete(Subject by, long id) {
        by.require(Permission.EEG_WRITE);
        summary(by, id);
        store.softDelete(id);
        audit.append(new AuditEvent(by.username(), "recording.delete", "recording", Long.toString(id), Map.of(),
                by.origin(), by.address()));
    }

    private static int signalIndex(SignalSource r, String channel) {
        if (channel == null || channel.isBlank()) throw InvalidInputException.of("channel", "is required (a label or an index)");
        int index = r.indexOf(channel);
        if (index < 0 && channel.strip().matches("\\d{1,6}")) {
            int i = Integer.parseInt(channel.strip());
            if (i < r.signals().size()) index = i;
        }
        if (index < 0) throw InvalidInputException.of("channel", "no signal '" + channel + "' in this recording");
        return index;
    }
}
