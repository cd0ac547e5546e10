package io.braingobrrr.app.viewer.annotate;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.AnnotationService;
import io.braingobrrr.core.clinical.RecordingService;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.io.AnnotationSidecar;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.AnnotationStore;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Chooses where an open recording's annotations are kept (ADR 0007): stored recordings in the database
 * through the core services, as {@code user}; files from disk in a sidecar beside the file, or under the
 * database's folder when the file's folder cannot be written.
 */
public final class AnnotationBooks {
    private final AnnotationService annotations;
    private final RecordingService recordings;
    private final Subject user;
    private final Path fallbackDir;

    public AnnotationBooks(Database db, Subject user) {
        RecordingStore store = new RecordingStore(db);
        AuditTrail trail = new AuditTrail(db);
        this.annotations = new AnnotationService(store, new AnnotationStore(db), trail);
        this.recordings = new RecordingService(store, new PatientStore(db), Pseudonymizer.of(new InstallationSecrets(db)), trail);
        this.user = user;
        this.fallbackDir = db.file().toAbsolutePath().getParent().resolve("annotations");
    }

    public AnnotationBook forRecording(long recordingId) {
        return new StoredAnnotationBook(annotations, recordings, user, recordingId);
    }

    /** Reads the file's sidecar, if there is one; a damaged sidecar is an error naming its line. */
    public AnnotationBook forFile(Path file, SignalSource source) throws IOException {
        return new SidecarAnnotationBook(source, AnnotationSidecar.of(file, fallbackDir));
    }
}
