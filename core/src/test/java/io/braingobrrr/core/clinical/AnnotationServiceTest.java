package io.braingobrrr.core.clinical;

import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.AnnotationStore;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredAnnotation;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reviewer annotations on a real recording stored in a real database: rules, permissions, audit, export. */
class AnnotationServiceTest {
    private static final Subject CLINICIAN = new Subject(7L, "cleo", Role.CLINICIAN, "gui", "pc");
    private static final Subject RESEARCHER = new Subject(8L, "rita", Role.RESEARCHER, "api", "10.0.0.2");

    @TempDir
    Path dir;
    private AuditTrail audit;
    private AnnotationService service;
    private RecordingService recordings;
    private long id;
    private int fileAnnotations;

    @BeforeEach
    void importRealFile() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        try (var c = db.connect(); var st = c.createStatement()) {         // created_by references users(id)
            st.execute("INSERT INTO users (id, username, password_hash, role) VALUES (7, 'cleo', 'x', 'clinician')");
        }
        RecordingStore store = new RecordingStore(db);
        id = new RecordingImporter(store).importFile(SharedData.data("format/mne-testing-data/MB0400FU.EDF"), null, f -> { });
        audit = new AuditTrail(db);
        service = new AnnotationService(store, new AnnotationStore(db), audit);
        recordings = new RecordingService(store, new PatientStore(db), Pseudonymizer.of(new InstallationSecrets(db)), audit);
        fileAnnotations = service.list(CLINICIAN, id).size();
        assertTrue(fileAnnotations >= 2, "the file brings its own annotations");
    }

    @Test
    void addChangeDeleteAreStoredStampedAndAudited() {
        StoredAnnotation spike = service.add(CLINICIAN, id, new Annotation(12.5, Double.NaN, " Spike "));
        StoredAnnotation hv = service.add(CLINICIAN, id, new Annotation(3, 4.25, "Hyperventilation"));
        assertEquals("Spike", spike.annotation().text(), "text is trimmed");
        assertEquals(7L, spike.createdBy());
        assertEquals("user", spike.source());

        List<StoredAnnotation> all = service.list(CLINICIAN, id);
        assertEquals(fileAnnotations + 2, all.size());
        StoredAnnotation stored = all.stream().filter(a -> a.id() == hv.id()).findFirst().orElseThrow();
        assertEquals(4.25, stored.annotation().durationSeconds(), 1e-12);
        assertFalse(all.stream().filter(a -> a.id() == spike.id()).findFirst().orElseThrow().annotation().hasDuration());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).annotation().onsetSeconds() <= all.get(i).annotation().onsetSeconds(), "listed by onset");
        }

        service.update(CLINICIAN, spike.id(), new Annotation(13, 0.2, "Sharp wave"));
        StoredAnnotation changed = service.list(CLINICIAN, id).stream().filter(a -> a.id() == spike.id()).findFirst().orElseThrow();
        assertEquals(new Annotation(13, 0.2, "Sharp wave"), changed.annotation());

        service.delete(CLINICIAN, hv.id());
        assertEquals(fileAnnotations + 1, service.list(CLINICIAN, id).size());

        for (String action : List.of("annotation.create", "annotation.update", "annotation.delete")) {
            assertTrue(audit.page(new AuditQuery("cleo", action, "annotation", null, null, null), 1, 10).total() >= 1, action);
        }
        assertEquals(2, audit.page(new AuditQuery("cleo", "annotation.create", "annotation", null, null, null), 1, 10).total());
    }

    @Test
    void fileAnnotationsStayAsTheyWereAndReadersCannotWrite() {
        StoredAnnotation fromFile = service.list(CLINICIAN, id).get(0);
        assertEquals("file", fromFile.source());
        assertNull(fromFile.createdBy());
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> service.update(CLINICIAN, fromFile.id(), new Annotation(1, Double.NaN, "x")));
        assertTrue(conflict.getMessage().contains("came from the file"), conflict.getMessage());
        assertThrows(ConflictException.class, () -> service.delete(CLINICIAN, fromFile.id()));

        assertThrows(PermissionDeniedException.class, () -> service.add(RESEARCHER, id, new Annotation(1, Double.NaN, "x")));
        assertEquals(fileAnnotations, service.list(RESEARCHER, id).size(), "a researcher still reads them");
        assertThrows(NotFoundException.class, () -> service.add(CLINICIAN, id + 99, new Annotation(1, Double.NaN, "x")));
        assertThrows(NotFoundException.class, () -> service.delete(CLINICIAN, 123456));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> service.add(CLINICIAN, id, new Annotation(1, Double.NaN, "  ")));
        assertTrue(empty.fieldErrors().containsKey("text"), empty.fieldErrors().toString());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> service.add(CLINICIAN, id, new Annotation(1, -2, "Spike")));
        assertTrue(negative.fieldErrors().containsKey("duration_s"));
        InvalidInputException onset = assertThrows(InvalidInputException.class,
                () -> service.add(CLINICIAN, id, new Annotation(Double.NaN, Double.NaN, "Spike")));
        assertTrue(onset.fieldErrors().containsKey("onset_s"));
        InvalidInputException control = assertThrows(InvalidInputException.class,
                () -> service.add(CLINICIAN, id, new Annotation(1, Double.NaN, "a\u0014b")));
        assertTrue(control.getMessage().contains("control"), control.getMessage());
        assertEquals(fileAnnotations, service.list(CLINICIAN, id).size(), "nothing stored");
    }

    /** The export (brrr convert db:ID, the viewer's Export) carries the user annotations into a real EDF+. */
    @Test
    void exportWritesUserAnnotationsIntoEdfPlus() throws Exception {
        service.add(CLINICIAN, id, new Annotation(20.25, 1.5, "Eyes closed"));
        Path out = dir.resolve("out.edf");
        recordings.export(CLINICIAN, id, out);
        try (EdfRecording edf = EdfReader.open(out)) {
            assertTrue(edf.annotations().stream().anyMatch(a -> a.text().equals("Eyes closed")
                    && Math.abs(a.onsetSeconds() - 20.25) < 1e-6 && Math.abs(a.durationSeconds() - 1.5) < 1e-6), edf.annotations().toString());
            assertEquals(fileAnnotations + 1, edf.annotations().size());
        }
    }
}
