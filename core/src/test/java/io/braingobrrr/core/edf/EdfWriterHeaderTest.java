package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.MemorySource;
import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.randomData;
import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the written header bytes at the spec's fixed offsets, without the project's reader. */
class EdfWriterHeaderTest {
    @TempDir
    Path dir;

    private static String at(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.US_ASCII);
    }

    /** Field {@code index} (0-based signal) of a per-signal block that starts {@code before} bytes into the signal header. */
    private static String signalField(byte[] b, int ns, int before, int width, int index) {
        return at(b, 256 + ns * before + index * width, width);
    }

    private MemorySource twoSignals(RecordingFormat format, LocalDateTime start, int records) {
        List<SignalInfo> signals = List.of(
                signal("EEG Fp1-REF", "uV", -3276.8, 3276.7, -32768, 32767, 256),
                signal("ECG", "mV", -5, 5, -2048, 2047, 100));
        return new MemorySource(format, start, signals, randomData(signals, records, 5), List.of(), null, records, 1);
    }

    @Test
    void edfHeaderFieldsSitAtTheirSpecOffsetsAndWidths() throws IOException {
        Path out = dir.resolve("h.edf");
        EdfWriter.write(twoSignals(RecordingFormat.EDF_PLUS_C, LocalDateTime.of(2009, 12, 10, 12, 44, 2), 3), out);
        byte[] b = Files.readAllBytes(out);
        int ns = 3;                                    // two signals and the annotation signal
        assertEquals("0       ", at(b, 0, 8));
        assertEquals(String.format("%-80s", "X X X X"), at(b, 8, 80));
        assertEquals(String.format("%-80s", "Startdate 10-DEC-2009 X X X"), at(b, 88, 80));
        assertEquals("10.12.09", at(b, 168, 8));
        assertEquals("12.44.02", at(b, 176, 8));
        assertEquals(String.format("%-8d", 256 * (ns + 1)), at(b, 184, 8));
        assertEquals(String.format("%-44s", "EDF+C"), at(b, 192, 44));
        assertEquals("3       ", at(b, 236, 8));
        assertEquals("1       ", at(b, 244, 8));
        assertEquals("3   ", at(b, 252, 4));
        assertEquals("EEG Fp1-REF     ", signalField(b, ns, 0, 16, 0));
        assertEquals("EDF Annotations ", signalField(b, ns, 0, 16, 2));
        assertEquals(String.format("%-80s", "AgAgCl electrode"), signalField(b, ns, 16, 80, 1));
        assertEquals("mV      ", signalField(b, ns, 96, 8, 1));
        assertEquals("-3276.8 ", signalField(b, ns, 104, 8, 0));
        assertEquals("3276.7  ", signalField(b, ns, 112, 8, 0));
        assertEquals("-1      ", signalField(b, ns, 104, 8, 2));
        assertEquals("1       ", signalField(b, ns, 112, 8, 2));
        assertEquals("-32768  ", signalField(b, ns, 120, 8, 0));
        assertEquals("2047    ", signalField(b, ns, 128, 8, 1));
        assertEquals(String.format("%-80s", "HP:0.1Hz LP:70Hz"), signalField(b, ns, 136, 80, 0));
        assertEquals("100     ", signalField(b, ns, 216, 8, 1));
        assertEquals(" ".repeat(32), signalField(b, ns, 224, 32, 2));
        int annotationSamples = Integer.parseInt(signalField(b, ns, 216, 8, 2).trim());
        assertEquals(256L * (ns + 1) + 3L * (256 + 100 + annotationSamples) * 2, b.length);
        for (int i = 0; i < 256 * (ns + 1); i++) {
            assertTrue(b[i] >= 32 && b[i] <= 126, "non-printable header byte at " + i);
        }
    }

    @Test
    void bdfHeaderHasBiosemiVersionAndBdfLabels() throws IOException {
        Path out = dir.resolve("h.bdf");
        MemorySource src = twoSignals(RecordingFormat.EDF_PLUS_C, LocalDateTime.of(2030, 1, 2, 3, 4, 5), 2);
        EdfWriter.Result r = EdfWriter.write(src, out);
        byte[] b = Files.readAllBytes(out);
        assertEquals((byte) 0xFF, b[0]);
        assertEquals("BIOSEMI", at(b, 1, 7));
        assertEquals(String.format("%-44s", "BDF+C"), at(b, 192, 44));
        assertEquals("02.01.30", at(b, 168, 8));
        assertEquals("BDF Annotations ", signalField(b, 3, 0, 16, 2));
        assertEquals("-8388608", signalField(b, 3, 120, 8, 2));
        assertEquals("8388607 ", signalField(b, 3, 128, 8, 2));
        int annotationSamples = Integer.parseInt(signalField(b, 3, 216, 8, 2).trim());
        assertEquals(256L * 4 + 2L * (256 + 100 + annotationSamples) * 3, b.length);
        // 24-bit little-endian: the first sample of signal 0 is its digital minimum (randomData pins it).
        int first = (b[1024] & 0xFF) | (b[1025] & 0xFF) << 8 | b[1026] << 16;
        assertEquals(-32768, first);
        assertEquals(RecordingFormat.BDF_PLUS_C, r.format());
    }

    @Test
    void yearsBeyond2084AreWrittenAsYyAndWarned() throws IOException {
        Path out = dir.resolve("future.edf");
        EdfWriter.Result r = EdfWriter.write(twoSignals(RecordingFormat.EDF_PLUS_C,
                LocalDateTime.of(2090, 6, 1, 0, 0, 0), 1), out);
        byte[] b = Files.readAllBytes(out);
        assertEquals("01.06.yy", at(b, 168, 8));
        assertTrue(at(b, 88, 80).startsWith("Startdate 01-JUN-2090 "));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("2090")), r.warnings().toString());
    }

    @Test
    void nonAsciiAndOverlongFieldsAreFixedAndReported() throws IOException {
        List<SignalInfo> signals = List.of(
                SignalInfo.of("Température corporelle", "Thermistör", "°C", 30, 42, -100, 100, "", 1, 1));
        MemorySource src = new MemorySource(RecordingFormat.EDF_PLUS_C, LocalDateTime.of(2020, 1, 1, 0, 0),
                signals, randomData(signals, 2, 1), List.of(), null, 2, 1);
        Path out = dir.resolve("ascii.edf");
        EdfWriter.Result r = EdfWriter.write(src, out, EdfWriteOptions.edf().withPatientIdentification("P-1 F X Zoë_Ünal"));
        byte[] b = Files.readAllBytes(out);
        assertEquals("Temperature corp", signalField(b, 2, 0, 16, 0));
        assertEquals("Thermistor", signalField(b, 2, 16, 80, 0).trim());
        assertEquals("degC    ", signalField(b, 2, 96, 8, 0));
        assertEquals("P-1 F X Zoe_Unal", at(b, 8, 80).trim());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Température corporelle")), r.warnings().toString());
    }

    @Test
    void unknownExtensionIsRefusedNamingTheFile() {
        MemorySource src = twoSignals(RecordingFormat.EDF_PLUS_C, LocalDateTime.of(2020, 1, 1, 0, 0), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EdfWriter.write(src, dir.resolve("out.txt")));
        assertTrue(e.getMessage().contains("out.txt") && e.getMessage().contains(".edf"), e.getMessage());
    }
}
