package io.braingobrrr.core.io;

import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.gdf.GdfRecording;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordingReaderTest {
    @TempDir
    Path dir;

    @Test
    void edfAndBdfGoToTheEdfReader() throws IOException {
        try (SignalSource s = RecordingReader.open(SharedData.data("format/mne-testing-data/subsecond_starttime.edf"))) {
            assertThat(s).isInstanceOf(EdfRecording.class);
            assertEquals(RecordingFormat.EDF_PLUS_C, s.format());
            assertThat(s.signals()).extracting(SignalInfo::label).containsExactly("Fp1", "F7", "T3");
        }
        try (SignalSource s = RecordingReader.open(SharedData.data("format/mne-testing-data/test_bdf_stim_channel.bdf"))) {
            assertThat(s).isInstanceOf(EdfRecording.class);
            assertEquals(RecordingFormat.BDF, s.format());
            assertEquals(4, s.signals().size());
        }
    }

    @Test
    void bothGdfVersionsGoToTheGdfReader() throws IOException {
        try (SignalSource s = RecordingReader.open(SharedData.data("format/mne-testing-data/test_1ch.gdf"))) {
            assertThat(s).isInstanceOf(GdfRecording.class);
            assertEquals(RecordingFormat.GDF, s.format());
            assertEquals(4500, s.recordCount());
        }
        try (SignalSource s = RecordingReader.open(SharedData.data("format/debian-octave-biosig/sample.gdf"))) {
            assertThat(s).isInstanceOf(GdfRecording.class);
            assertEquals(4, s.signals().size());
            assertEquals(200, s.annotations().size());
        }
    }

    @Test
    void theContentDecidesNotTheName() throws IOException {
        Path renamed = dir.resolve("really-a-gdf.edf");
        Files.copy(SharedData.data("format/mne-testing-data/test_1ch.gdf"), renamed);
        try (SignalSource s = RecordingReader.open(renamed)) {
            assertEquals(RecordingFormat.GDF, s.format());
        }
    }

    @Test
    void textFileIsRefusedNamingWhatItStartsWith() throws IOException {
        Path p = dir.resolve("export.edf");
        Files.writeString(p, "time,Fp1\n0.0,1.5\n", StandardCharsets.US_ASCII);
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class, () -> RecordingReader.open(p));
        assertEquals(0, e.byteOffset());
        assertThat(e.getMessage()).startsWith("export.edf").contains("not an EDF, BDF or GDF file")
                .contains("starts with 'time,Fp1'");
    }

    @Test
    void emptyFileIsATruncatedHeader() throws IOException {
        Path p = dir.resolve("empty.bdf");
        Files.write(p, new byte[0]);
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class, () -> RecordingReader.open(p));
        assertEquals(0, e.byteOffset());
        assertThat(e.getMessage()).startsWith("empty.bdf").contains("truncated header").contains("0 bytes");
    }

    @Test
    void shortFilesStartingLikeAFormatGetThatReadersMessage() throws IOException {
        Path gdf = dir.resolve("short.gdf");
        Files.writeString(gdf, "GDF 2.", StandardCharsets.US_ASCII);
        assertThat(assertThrows(InvalidRecordingException.class, () -> RecordingReader.open(gdf)).getMessage())
                .contains("truncated header").contains("GDF header");
        Path edf = dir.resolve("short.edf");
        Files.writeString(edf, "0       X", StandardCharsets.US_ASCII);
        assertThat(assertThrows(InvalidRecordingException.class, () -> RecordingReader.open(edf)).getMessage())
                .contains("truncated header").contains("EDF/BDF header");
    }

    @Test
    void missingFile() {
        assertThrows(NoSuchFileException.class, () -> RecordingReader.open(dir.resolve("absent.edf")));
    }
}
