package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.viewer.annotate.AnnotationBooks;
import io.braingobrrr.app.viewer.annotate.AnnotationEntry;
import io.braingobrrr.app.viewer.annotate.EventType;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.io.AnnotationSidecar;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file opened from disk (a copy of a real one): annotations survive closing the view and go into the export. */
class SidecarAnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void annotationsOfADiskFileAreKeptBesideItAndExported() throws Exception {
        Path file = Files.copy(SharedData.file("format/mne-testing-data/MB0400FU.EDF"), dir.resolve("MB0400FU.EDF"));
        AnnotationBooks books = new AnnotationBooks(Database.open(dir.resolve("brrr.db")), Subject.local("gui", "test"));
        int own;
        try (SignalSource src = RecordingReader.open(file);
             TraceViewModel vm = new TraceViewModel("MB", src, books.forFile(file, src), Runnable::run, Runnable::run)) {
            vm.resize(900, 500);
            own = vm.annotationEditor().entries().size();
            assertTrue(own >= 2 && vm.annotationEditor().entries().stream().noneMatch(AnnotationEntry::editable),
                    "the file's own annotations are listed, read-only");
            vm.annotationEditor().armedProperty().set(EventType.EYES_CLOSED);
            assertTrue(vm.annotationEditor().addArmed(7.5, 4.5, null));
            vm.annotationEditor().armedProperty().set(null);
            assertFalse(vm.annotationEditor().addArmed(1, 1, null), "nothing armed: a click is only a click");
            assertTrue(vm.messageProperty().get().contains(AnnotationSidecar.SUFFIX), vm.messageProperty().get());

            // Editing the file's own annotation is refused with a message, nothing is lost.
            vm.annotationEditor().selectedProperty().set(vm.annotationEditor().entries().stream()
                    .filter(e -> !e.editable()).findFirst().orElseThrow());
            vm.annotationEditor().saveEdit();
            assertTrue(vm.messageProperty().get().contains("came with the file"), vm.messageProperty().get());
            vm.annotationEditor().selectedProperty().set(vm.annotationEditor().entries().stream()
                    .filter(AnnotationEntry::editable).findFirst().orElseThrow());
            vm.annotationEditor().editOnsetProperty().set("soon");
            vm.annotationEditor().saveEdit();
            assertTrue(vm.messageProperty().get().contains("onset is not a time"), vm.messageProperty().get());
        }
        assertTrue(Files.exists(dir.resolve("MB0400FU.EDF" + AnnotationSidecar.SUFFIX)));
        Path out = dir.resolve("with-annotations.edf");
        try (SignalSource src = RecordingReader.open(file);
             TraceViewModel vm = new TraceViewModel("MB", src, books.forFile(file, src), Runnable::run, Runnable::run)) {
            AnnotationEntry kept = vm.annotationEditor().entries().stream().filter(AnnotationEntry::editable).findFirst().orElseThrow();
            assertEquals("Eyes closed", kept.text());
            assertEquals(4.5, kept.onsetSeconds(), 1e-6);
            assertEquals(3.0, kept.annotation().durationSeconds(), 1e-6);
            assertEquals(own + 1, vm.annotations().size(), "what the traces mark");
            vm.annotationEditor().export(out);
        }
        try (EdfRecording edf = EdfReader.open(out)) {
            assertEquals(own + 1, edf.annotations().size());
            assertTrue(edf.annotations().stream().anyMatch(a -> a.text().equals("Eyes closed")
                    && Math.abs(a.onsetSeconds() - 4.5) < 1e-3 && Math.abs(a.durationSeconds() - 3) < 1e-3), edf.annotations().toString());
        }
    }
}
