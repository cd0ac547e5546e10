package io.braingobrrr.core.synth;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticRecordingWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesAnEdfPlusFileWithEyeAnnotationsAndExactSampleCount() throws IOException {
        Path out = dir.resolve("synth.edf");
        EdfWriter.Result r = SyntheticRecordingWriter.write(out, 0.05, 8, 256);   // 180 s
        assertEquals(RecordingFormat.EDF_PLUS_C, r.format());
        assertEquals(8, r.signals());
        assertEquals(180.0, r.durationSeconds(), 1e-9);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        long[] changes = new SyntheticEeg(8, 256, SyntheticRecordingWriter.DEFAULT_SEED).eyeStateChanges(180L * 256);
        try (EdfRecording rec = EdfReader.open(out);
             SyntheticRecording src = new SyntheticRecording(8, 256, 180, SyntheticRecordingWriter.DEFAULT_SEED,
                     SyntheticRecordingWriter.DEFAULT_START)) {
            assertEquals(SyntheticRecordingWriter.DEFAULT_START, rec.startTime());
            assertEquals(List.of("Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T7"),
                    rec.signals().stream().map(SignalInfo::label).toList());
            for (int s = 0; s < 8; s++) {
                SignalInfo info = rec.signals().get(s);
                assertEquals(180L * 256, rec.sampleCount(s));
                assertEquals(-3276.7, info.physicalMin());
                assertEquals(32767, info.digitalMax());
                assertEquals(0.1, info.gain(), 1e-15);
                int[] written = new int[180 * 256];
                int[] expected = new int[180 * 256];
                rec.readDigital(s, 0, written, 0, written.length);
                src.readDigital(s, 0, expected, 0, expected.length);
                assertArrayEquals(expected, written);
            }
            List<Annotation> notes = rec.annotations();
            assertEquals(changes.length + 1, notes.size());
            assertEquals("eyes open", notes.get(0).text());
            assertEquals(0.0, notes.get(0).onsetSeconds());
            for (int i = 0; i < changes.length; i++) {
                assertEquals(changes[i] / 256.0, notes.get(i + 1).onsetSeconds(), 1e-9);
                assertEquals(i % 2 == 0 ? "eyes closed" : "eyes open", notes.get(i + 1).text());
            }
            assertTrue(rec.patientIdentification().startsWith("SYNTH-42 "), rec.patientIdentification());
        }
    }

    @Test
    void sampleCountIsHoursTimesRateForOtherRatesAndBdf() throws IOException {
        for (int rate : new int[] {500, 1000}) {
            Path out = dir.resolve("synth" + rate + ".bdf");
            EdfWriter.Result r = SyntheticRecordingWriter.write(out, 0.01, 3, rate);
            assertEquals(RecordingFormat.BDF_PLUS_C, r.format());
            try (EdfRecording rec = EdfReader.open(out)) {
                assertEquals(36L * rate, rec.sampleCount(0));
                assertEquals(rate, rec.signals().get(2).sampleRateHz(), 1e-9);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameFileByteForByte() throws IOException {
        LocalDateTime start = LocalDateTime.of(2025, 2, 3, 4, 5, 6);
        SyntheticRecordingWriter.write(dir.resolve("a.edf"), 0.01, 4, 256, 7, start);
        SyntheticRecordingWriter.write(dir.resolve("b.edf"), 0.01, 4, 256, 7, start);
        SyntheticRecordingWriter.write(dir.resolve("c.edf"), 0.01, 4, 256, 8, start);
        assertEquals(-1, Files.mismatch(dir.resolve("a.edf"), dir.resolve("b.edf")));
        assertTrue(Files.mismatch(dir.resolve("a.edf"), dir.resolve("c.edf")) > 0);
    }

    @Test
    void readingBackwardsGivesTheSameSamplesAsReadingForwards() {
        try (SyntheticRecording rec = new SyntheticRecording(4, 256, 600, 5, LocalDateTime.of(2024, 1, 1, 0, 0))) {
            int n = 600 * 256;
            int[] forward = new int[n];
            rec.readDigital(3, 0, forward, 0, n);
            int[] late = new int[256];
            int[] early = new int[256];
            rec.readDigital(3, 500L * 256, late, 0, 256);
            rec.readDigital(3, 10L * 256, early, 0, 256);     // behind the generator: it restarts
            assertArrayEquals(java.util.Arrays.copyOfRange(forward, 500 * 256, 501 * 256), late);
            assertArrayEquals(java.util.Arrays.copyOfRange(forward, 10 * 256, 11 * 256), early);
            assertThrows(IndexOutOfBoundsException.class, () -> rec.readDigital(0, n - 10, new int[20], 0, 20));
        }
    }

    @Test
    void badParametersAreRefusedByName() {
        Path out = dir.resolve("x.edf");
        assertTrue(refusal(() -> SyntheticRecordingWriter.write(out, 0, 8, 256)).contains("hours"));
        assertTrue(refusal(() -> SyntheticRecordingWriter.write(out, 1, 0, 256)).contains("channels"));
        assertTrue(refusal(() -> SyntheticRecordingWriter.write(out, 1, 65, 256)).contains("channels"));
        assertTrue(refusal(() -> SyntheticRecordingWriter.write(out, 1, 8, 0)).contains("rate"));
        assertTrue(refusal(() -> SyntheticRecordingWriter.write(dir.resolve("x.csv"), 1, 8, 256)).contains(".edf"));
        assertFalse(Files.exists(out));
    }

    private interface Call {
        void run() throws IOException;
    }

    private static String refusal(Call call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }
}
