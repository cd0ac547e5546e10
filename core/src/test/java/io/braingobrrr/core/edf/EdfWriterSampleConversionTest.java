package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.MemorySource;
import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.randomData;
import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.signal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What happens to samples that the target width cannot hold as they are. */
class EdfWriterSampleConversionTest {
    private static final LocalDateTime START = LocalDateTime.of(2021, 7, 1, 8, 0, 0);

    @TempDir
    Path dir;

    /** Writes {@code src} and checks that one warning mentions every fragment. */
    private Path writeExpectingWarning(MemorySource src, String name, String... fragments) throws IOException {
        Path out = dir.resolve(name);
        EdfWriter.Result r = EdfWriter.write(src, out);
        assertTrue(r.warnings().stream().anyMatch(w -> java.util.Arrays.stream(fragments).allMatch(w::contains)),
                r.warnings().toString());
        return out;
    }

    @Test
    void twentyFourBitSamplesAreRequantisedWithinHalfANewStep() throws IOException {
        List<SignalInfo> signals = List.of(signal("EEG Oz", "uV", -262144, 262143.96875, -8388608, 8388607, 512));
        MemorySource src = new MemorySource(RecordingFormat.BDF_PLUS_C, START, signals, randomData(signals, 4, 11),
                List.of(), null, 4, 1);
        Path out = writeExpectingWarning(src, "requantised.edf", "requantised", "0.03125", "8.000122");
        double newStep = (262143.96875 + 262144) / 65535;
        try (EdfRecording back = EdfReader.open(out)) {
            SignalInfo s = back.signals().get(0);
            assertEquals(-32768, s.digitalMin());
            assertEquals(32767, s.digitalMax());
            int n = 4 * 512;
            double[] expected = new double[n];
            double[] actual = new double[n];
            src.readPhysical(0, 0, expected, 0, n);
            back.readPhysical(0, 0, actual, 0, n);
            double worst = 0;
            for (int i = 0; i < n; i++) worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
            assertTrue(worst <= newStep / 2 + 1e-6, "worst error " + worst + " vs half step " + newStep / 2);
            assertTrue(worst > newStep / 4, "random data should get near the rounding bound, got " + worst);
        }
    }

    @Test
    void sixteenBitSamplesUnderAnOverwideHeaderRangeAreCopiedWithTheScaleKept() throws IOException {
        // Like DREAMS excerpt3.edf: 16-bit samples, header claiming -72984..50277.
        SignalInfo wide = signal("O1-A1", "uV", -729.84, 502.77, -72984, 50277, 100);
        int[][] data = randomData(List.of(signal("x", "", -1, 1, -32768, 32767, 100)), 3, 4);
        MemorySource src = new MemorySource(RecordingFormat.EDF_PLUS_C, START, List.of(wide), data, List.of(), null, 3, 1);
        Path out = writeExpectingWarning(src, "clipped-range.edf", "-72984..50277", "-32768..32767");
        try (EdfRecording back = EdfReader.open(out)) {
            int[] digital = new int[300];
            back.readDigital(0, 0, digital, 0, 300);
            assertArrayEquals(data[0], digital);
            double[] expected = new double[300];
            double[] actual = new double[300];
            src.readPhysical(0, 0, expected, 0, 300);
            back.readPhysical(0, 0, actual, 0, 300);
            // Only the 8-character physical bounds round: far below one digital step (0.01 uV).
            for (int i = 0; i < 300; i++) assertEquals(expected[i], actual[i], 1e-3, "sample " + i);
        }
    }

    @Test
    void samplesBeyondTheTargetWidthAreClippedAndCounted() throws IOException {
        SignalInfo narrowHeader = signal("Status", "", -32768, 32767, -32768, 32767, 4);
        int[][] data = {{0, 40000, -40000, 12, 32767, -32768, 100000, 5}};
        MemorySource src = new MemorySource(RecordingFormat.BDF_PLUS_C, START, List.of(narrowHeader), data,
                List.of(), null, 2, 1);
        Path out = writeExpectingWarning(src, "clipped-samples.edf", "3 sample(s)", "clipped");
        try (EdfRecording back = EdfReader.open(out)) {
            int[] digital = new int[8];
            back.readDigital(0, 0, digital, 0, 8);
            assertArrayEquals(new int[] {0, 32767, -32768, 12, 32767, -32768, 32767, 5}, digital);
        }
    }

    @Test
    void aFailedWriteLeavesNeitherAPartialFileNorADamagedOldOne() throws IOException {
        List<SignalInfo> signals = List.of(signal("Cz", "uV", -500, 500, -32768, 32767, 1000));
        MemorySource src = new MemorySource(RecordingFormat.EDF_PLUS_C, START, signals,
                randomData(signals, 20_000, 1), List.of(), null, 20_000, 1);
        src.failAfterReads = 1;                        // the second chunk of records fails
        Path out = dir.resolve("existing.edf");
        Files.writeString(out, "previous content");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EdfWriter.write(src, out));
        assertEquals("source broke down", e.getMessage());
        assertEquals("previous content", Files.readString(out));
        assertFalse(Files.exists(dir.resolve("existing.edf.part")));
    }

    @Test
    void zeroRecordDurationWithSignalsIsRefused() {
        List<SignalInfo> signals = List.of(signal("Cz", "uV", -500, 500, -32768, 32767, 10));
        MemorySource src = new MemorySource(RecordingFormat.EDF_PLUS_C, START, signals, randomData(signals, 1, 1),
                List.of(), null, 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EdfWriter.write(src, dir.resolve("zero.edf")));
        assertTrue(e.getMessage().contains("record duration"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("zero.edf")));
    }
}
