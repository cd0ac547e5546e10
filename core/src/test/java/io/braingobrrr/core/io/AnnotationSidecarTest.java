package io.braingobrrr.core.io;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.InvalidRecordingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnnotationSidecarTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsTextDurationsAndAwkwardCharacters() throws Exception {
        Path edf = Files.createFile(dir.resolve("night.edf"));
        AnnotationSidecar sidecar = AnnotationSidecar.of(edf, dir.resolve("fallback"));
        assertEquals(dir.resolve("night.edf.annotations.tsv"), sidecar.file());
        assertEquals(List.of(), sidecar.read(), "no sidecar yet");
        List<Annotation> kept = List.of(new Annotation(1.5, Double.NaN, "Spike"),
                new Annotation(30, 12.25, "tab\there, new\nline and back\\slash"));
        sidecar.write(kept);
        List<Annotation> back = AnnotationSidecar.of(edf, null).read();
        assertEquals(2, back.size());
        assertEquals(kept.get(0).text(), back.get(0).text());
        assertTrue(Double.isNaN(back.get(0).durationSeconds()));
        assertEquals(kept.get(1), back.get(1));
        assertEquals(3, Files.readAllLines(sidecar.file()).size(), "header + one line per annotation");
    }

    @Test
    void brokenSidecarNamesFileLineAndField() throws Exception {
        Path edf = Files.createFile(dir.resolve("a.edf"));
        Path tsv = dir.resolve("a.edf.annotations.tsv");
        Files.writeString(tsv, "onset_s\tduration_s\ttext\n1\t\tok\nsoon\t2\tbad onset\n");
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class, () -> AnnotationSidecar.of(edf, null).read());
        assertTrue(e.getMessage().contains("a.edf.annotations.tsv") && e.getMessage().contains("line 3")
                && e.getMessage().contains("onset_s"), e.getMessage());
        Files.writeString(tsv, "1\t-3\tnegative\n");
        e = assertThrows(InvalidRecordingException.class, () -> AnnotationSidecar.of(edf, null).read());
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("duration_s"), e.getMessage());
        Files.writeString(tsv, "1 no tabs\n");
        e = assertThrows(InvalidRecordingException.class, () -> AnnotationSidecar.of(edf, null).read());
        assertTrue(e.getMessage().contains("tabs"), e.getMessage());
    }

    @Test
    void readOnlyFolderFallsBackToTheDataFolder() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path edf = Files.createFile(ro.resolve("x.edf"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "running as a user who can write anywhere (root): fallback not testable here");
            AnnotationSidecar s = AnnotationSidecar.of(edf, dir.resolve("fallback"));
            assertTrue(s.file().startsWith(dir.resolve("fallback")), s.file().toString());
            s.write(List.of(new Annotation(2, Double.NaN, "Artifact")));
            assertEquals(1, s.read().size());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
