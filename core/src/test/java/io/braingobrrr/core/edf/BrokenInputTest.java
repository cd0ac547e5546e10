package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.InvalidRecordingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What cannot be read fails with a message naming the field and the byte offset; nothing else escapes. */
class BrokenInputTest {
    @TempDir
    Path dir;

    private EdfBytes valid() {
        EdfBytes b = new EdfBytes().signal("EEG Fp1-REF", 10).signal("EEG T3-REF", 10);
        for (int r = 0; r < b.recordCount; r++) b.tals.add(EdfBytes.tal("+" + r + "||~"));
        return b;
    }

    private Path write(byte[] bytes) throws IOException {
        Path p = dir.resolve("broken.edf");
        Files.write(p, bytes);
        return p;
    }

    private InvalidRecordingException refused(byte[] bytes) throws IOException {
        Path p = write(bytes);
        return assertThrows(InvalidRecordingException.class, () -> EdfReader.open(p).close());
    }

    @Test
    void truncatedFixedHeader() throws IOException {
        InvalidRecordingException e = refused(Arrays.copyOf(valid().build(), 100));
        assertEquals(0, e.byteOffset());
        assertThat(e.getMessage()).contains("broken.edf").contains("truncated header").contains("100 bytes");
    }

    @Test
    void truncatedSignalHeaders() throws IOException {
        InvalidRecordingException e = refused(Arrays.copyOf(valid().build(), 256 + 300));
        assertThat(e.getMessage()).contains("truncated header").contains("3 signals");
        assertEquals(256, e.byteOffset());
    }

    @Test
    void truncatedData() throws IOException {
        byte[] full = valid().build();
        InvalidRecordingException e = refused(Arrays.copyOf(full, full.length - 7));
        assertThat(e.getMessage()).contains("truncated data").contains("declares 3 records").contains("2 complete records");
        assertEquals(256 * 4 + 2L * (2 * 10 * 2 + 60), e.byteOffset());
    }

    @Test
    void nonNumericRecordDuration() throws IOException {
        EdfBytes b = valid();
        b.duration = "one";
        InvalidRecordingException e = refused(b.build());
        assertEquals("duration of a data record", e.field());
        assertEquals(244, e.byteOffset());
        assertThat(e.getMessage()).contains("'one' is not a number");
    }

    @Test
    void nonNumericPhysicalMinimumNamesTheSignal() throws IOException {
        EdfBytes b = new EdfBytes().signal("EEG Fp1-REF", 10)
                .signal(new EdfBytes.Sig("EEG C3-REF", "uV", "low", "100", "-32768", "32767", 10));
        b.reserved = "";
        InvalidRecordingException e = refused(b.build());
        assertThat(e.field()).isEqualTo("physical minimum of signal 2 (EEG C3-REF)");
        // fixed header + labels 16 + transducer 80 + dimension 8 per signal, then the second 8-byte field
        assertEquals(256 + 2 * (16 + 80 + 8) + 8, e.byteOffset());
    }

    @Test
    void nonNumericRecordCount() throws IOException {
        EdfBytes b = valid();
        b.records = "many";
        InvalidRecordingException e = refused(b.build());
        assertEquals(236, e.byteOffset());
        assertThat(e.getMessage()).contains("number of data records").contains("'many' is not an integer");
    }

    @Test
    void zeroSignals() throws IOException {
        byte[] bytes = valid().build();
        System.arraycopy("0   ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 252, 4);
        InvalidRecordingException e = refused(bytes);
        assertEquals(252, e.byteOffset());
        assertThat(e.getMessage()).contains("declares 0 signals");
    }

    @Test
    void wrongVersionField() throws IOException {
        EdfBytes b = valid();
        b.version = "2";
        InvalidRecordingException e = refused(b.build());
        assertEquals("version", e.field());
        assertThat(e.getMessage()).contains("not an EDF or BDF file").contains("'2       '");
    }

    @Test
    void plainTextFileIsNotARecording() throws IOException {
        InvalidRecordingException e = refused(("time,Fp1\n" + "0.0,1.5\n".repeat(100)).getBytes(StandardCharsets.US_ASCII));
        assertThat(e.getMessage()).contains("not an EDF or BDF file").contains("'time,Fp1'");
    }

    @Test
    void hugeSignalCount() throws IOException {
        byte[] bytes = valid().build();
        System.arraycopy("9999".getBytes(StandardCharsets.US_ASCII), 0, bytes, 252, 4);
        assertThat(refused(bytes).getMessage()).contains("9999 signals is beyond");
    }

    @Test
    void hugeSamplesPerRecord() throws IOException {
        EdfBytes b = valid();
        b.signals.set(0, new EdfBytes.Sig("EEG Fp1-REF", "uV", "-1", "1", "-32768", "32767", 99_999_999));
        b.recordCount = 0;
        b.tals.clear();
        b.tals.add(EdfBytes.tal("+0||~"));
        b.records = "99999999";
        InvalidRecordingException e = refused(b.build());
        assertThat(e.getMessage()).contains("truncated data").contains("declares 99999999 records");
    }

    @Test
    void negativeRecordCountOtherThanMinusOne() throws IOException {
        EdfBytes b = valid();
        b.records = "-5";
        assertThat(refused(b.build()).getMessage()).contains("negative record count -5");
    }

    @Test
    void zeroRecordDurationWithSignals() throws IOException {
        EdfBytes b = valid();
        b.duration = "0";
        assertThat(refused(b.build()).getMessage()).contains("sample rate").contains("undefined");
    }

    @Test
    void negativeSamplesPerRecord() throws IOException {
        EdfBytes b = valid();
        b.signals.set(1, new EdfBytes.Sig("EEG T3-REF", "uV", "-1", "1", "-32768", "32767", -4));
        assertThat(refused(b.build()).getMessage()).contains("samples per record of signal 2").contains("negative");
    }

    @Test
    void missingFileAndDirectory() {
        assertThrows(NoSuchFileException.class, () -> EdfReader.open(dir.resolve("absent.edf")));
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class, () -> EdfReader.open(dir));
        assertThat(e.getMessage()).contains("is a directory");
    }

    @Test
    void everyPrefixOfAValidFileFailsCleanlyOrReads() throws IOException {
        byte[] full = valid().build();
        for (int len = 0; len < full.length; len += 7) {
            Path p = write(Arrays.copyOf(full, len));
            try (EdfRecording r = EdfReader.open(p)) {
                throw new AssertionError("a file cut at " + len + " of " + full.length + " bytes was accepted with "
                        + r.recordCount() + " records");
            } catch (InvalidRecordingException expected) {
                assertThat(expected.getMessage()).contains("broken.edf").containsAnyOf("truncated", "not an EDF");
            }
        }
    }

    @Test
    void randomGarbageNeverThrowsAnythingButInvalidRecording() throws IOException {
        java.util.Random rnd = new java.util.Random(42);
        byte[] base = valid().build();
        for (int k = 0; k < 300; k++) {
            byte[] bytes = base.clone();
            for (int j = 0; j < 8; j++) bytes[rnd.nextInt(256 * 4)] = (byte) rnd.nextInt(256);
            Path p = write(bytes);
            try (EdfRecording r = EdfReader.open(p)) {
                // read whatever it offers, every signal, everything: must not throw either
                for (int s = 0; s < r.signals().size(); s++) {
                    double[] x = new double[(int) r.sampleCount(s)];
                    r.readPhysical(s, 0, x, 0, x.length);
                }
            } catch (InvalidRecordingException expected) {
                assertThat(expected.getMessage()).startsWith("broken.edf");
            }
        }
    }
}
