package io.braingobrrr.app.workstation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a desktop's "open with" passes (one recording file) opens the workstation; everything else is the CLI's. */
class RecordingArgumentTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingRecordingFileOpensTheWorkstation() throws Exception {
        Path edf = Files.createFile(dir.resolve("night.EDF"));
        Path bdf = Files.createFile(dir.resolve("night.bdf"));
        assertEquals(Optional.of(edf.toAbsolutePath()), Workstation.recordingToOpen(new String[] {edf.toString()}));
        assertEquals(Optional.of(bdf.toAbsolutePath()), Workstation.recordingToOpen(new String[] {bdf.toString()}));
    }

    @Test
    void subcommandsMissingFilesAndOtherFilesGoToTheCommandLine() throws Exception {
        Path edf = Files.createFile(dir.resolve("night.edf"));
        Path txt = Files.createFile(dir.resolve("notes.txt"));
        assertEquals(Optional.empty(), Workstation.recordingToOpen(new String[] {"info"}));
        assertEquals(Optional.empty(), Workstation.recordingToOpen(new String[] {"--version"}));
        assertEquals(Optional.empty(), Workstation.recordingToOpen(new String[] {txt.toString()}));
        assertEquals(Optional.empty(), Workstation.recordingToOpen(new String[] {dir.resolve("missing.edf").toString()}));
        assertEquals(Optional.empty(), Workstation.recordingToOpen(new String[] {"info", edf.toString()}));
        assertEquals(Optional.empty(), Workstation.recordingToOpen(new String[] {dir.toString() + "/"}));
    }
}
