package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.InvalidRecordingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What cannot be read fails with a message naming the field and the byte offset; nothing else escapes. */
class GdfBrokenInputTest {
    /** Bytes of one GDF 2 channel header before its samples-per-record field. */
    private static final int V2_BEFORE_SPR = 16 + 80 + 6 + 2 + 4 * 8 + 68 + 3 * 4;

    @TempDir
    Path dir;

    private static GdfBytes valid(boolean v1) {
        GdfBytes b = new GdfBytes(v1).chan(new GdfBytes.Chan("Fp1").spr(4)).chan(new GdfBytes.Chan("C3").spr(2));
        b.eventMode = 3;
        b.events.add(new GdfBytes.Event(1, 0x0300, 0, 2));
        b.events.add(new GdfBytes.Event(3, 0x0301, 2, 0));
        return b;
    }

    private Path write(byte[] bytes) throws IOException {
        Path p = dir.resolve("broken.gdf");
        Files.write(p, bytes);
        return p;
    }

    private InvalidRecordingException refused(byte[] bytes) throws IOException {
        Path p = write(bytes);
        return assertThrows(InvalidRecordingException.class, () -> GdfReader.open(p).close());
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void truncatedFixedHeader() throws IOException {
        InvalidRecordingException e = refused(Arrays.copyOf(valid(false).build(), 100));
        assertEquals(0, e.byteOffset());
        assertThat(e.getMessage()).startsWith("broken.gdf").contains("truncated header").contains("100 bytes");
    }

    @Test
    void truncatedChannelHeaders() throws IOException {
        InvalidRecordingException e = refused(Arrays.copyOf(valid(true).build(), 256 + 300));
        assertEquals(256, e.byteOffset());
        assertThat(e.getMessage()).contains("truncated header").contains("2 channels need a header of 768 bytes");
    }

    @Test
    void truncatedDataNamesTheRecordWhereItEnds() throws IOException {
        GdfBytes b = valid(false);
        b.eventMode = 0;
        byte[] full = b.build();
        InvalidRecordingException e = refused(Arrays.copyOf(full, full.length - 5));
        int recordBytes = 4 * 2 + 2 * 2;
        assertEquals("data records", e.field());
        assertEquals(768 + 2L * recordBytes, e.byteOffset());
        assertThat(e.getMessage()).contains("truncated data").contains("declares 3 records").contains("room for 2");
    }

    @Test
    void declaredRecordsBeyondTheFile() throws IOException {
        GdfBytes b = valid(true);
        b.declaredRecords = 1_000_000L;
        InvalidRecordingException e = refused(b.build());
        assertThat(e.getMessage()).contains("truncated data").contains("declares 1000000 records");
    }

    @Test
    void unknownDataTypeNamesTheChannelAndField() throws IOException {
        GdfBytes b = valid(false);
        b.chans.get(1).type = 42;
        InvalidRecordingException e = refused(b.build());
        assertEquals("data type (GDFTYP) of channel 2 (C3)", e.field());
        // type column follows the samples-per-record column (4 bytes per channel); channel 2 is the second entry
        assertEquals(256 + 2L * (V2_BEFORE_SPR + 4) + 4, e.byteOffset());
        assertThat(e.getMessage()).contains("unknown GDFTYP 42");
    }

    @Test
    void zeroChannels() throws IOException {
        byte[] bytes = valid(false).build();
        le(bytes).putShort(252, (short) 0);
        InvalidRecordingException e = refused(bytes);
        assertEquals(252, e.byteOffset());
        assertThat(e.getMessage()).contains("declares 0 channels");
    }

    @Test
    void zeroDurationDenominator() throws IOException {
        GdfBytes b = valid(true);
        b.denominator = 0;
        InvalidRecordingException e = refused(b.build());
        assertEquals("record duration denominator", e.field());
        assertEquals(248, e.byteOffset());
    }

    @Test
    void headerLengthTooShortForTheChannels() throws IOException {
        GdfBytes b = valid(false);
        b.headerLengthField = 1L;   // one 256-byte block; two channels need three
        InvalidRecordingException e = refused(b.build());
        assertEquals("header length", e.field());
        assertEquals(184, e.byteOffset());
        assertThat(e.getMessage()).contains("need at least 768");
    }

    @Test
    void nonFinitePhysicalMinimum() throws IOException {
        GdfBytes b = valid(false);
        b.chans.get(1).pmin = Double.NaN;
        InvalidRecordingException e = refused(b.build());
        assertEquals("physical minimum of channel 2 (C3)", e.field());
        assertEquals(256 + 2L * (16 + 80 + 6 + 2) + 8, e.byteOffset());
    }

    @Test
    void unsupportedAndUnreadableVersions() throws IOException {
        GdfBytes b = valid(false);
        b.version = "GDF 9.00";
        assertThat(refused(b.build()).getMessage()).contains("version 9.0 is not supported");
        b.version = "GDF x.yz";
        InvalidRecordingException e = refused(b.build());
        assertEquals("version", e.field());
        assertThat(e.getMessage()).contains("'GDF x.yz'").contains("no readable GDF version");
    }

    @Test
    void truncatedEventTableIsAWarningAndTheSignalsStayReadable() throws IOException {
        for (boolean v1 : new boolean[] {true, false}) {
            byte[] full = valid(v1).build();
            Path p = write(Arrays.copyOf(full, full.length - 10));
            try (GdfRecording r = GdfReader.open(p)) {
                assertEquals(3, r.recordCount());
                assertThat(r.annotations()).isEmpty();
                assertThat(r.warnings()).anyMatch(w -> w.contains("event table truncated") && w.contains("declares 2 events"));
                int[] d = new int[12];
                r.readDigital(0, 0, d, 0, 12);
                assertEquals(101, d[5]);   // channel 0, record 1, sample 1
            }
            p = write(Arrays.copyOf(full, 768 + 3 * 12 + 5));
            try (GdfRecording r = GdfReader.open(p)) {
                assertThat(r.warnings()).anyMatch(w -> w.contains("event table at byte 804 is truncated: 5 bytes"));
            }
        }
    }

    @Test
    void unknownEventTableModeIsAWarning() throws IOException {
        byte[] bytes = valid(false).build();
        bytes[768 + 3 * 12] = 7;
        try (GdfRecording r = GdfReader.open(write(bytes))) {
            assertThat(r.annotations()).isEmpty();
            assertThat(r.warnings()).anyMatch(w -> w.contains("mode 7"));
        }
    }

    @Test
    void missingFileAndDirectory() {
        assertThrows(NoSuchFileException.class, () -> GdfReader.open(dir.resolve("absent.gdf")));
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class, () -> GdfReader.open(dir));
        assertThat(e.getMessage()).contains("is a directory");
    }

    @Test
    void notAGdfFile() throws IOException {
        InvalidRecordingException e = refused(("time,Fp1\n" + "0.0,1.5\n".repeat(100)).getBytes(StandardCharsets.US_ASCII));
        assertThat(e.getMessage()).contains("not a GDF file").contains("'time,Fp1'");
    }

    @Test
    void everyPrefixFailsCleanlyOrReadsWithAWarning() throws IOException {
        for (boolean v1 : new boolean[] {true, false}) {
            byte[] full = valid(v1).build();
            int dataEnd = 768 + 3 * 12;
            for (int len = 0; len < full.length; len += 3) {
                Path p = write(Arrays.copyOf(full, len));
                try (GdfRecording r = GdfReader.open(p)) {
                    assertThat(len).as("a cut inside the header or data was accepted").isGreaterThanOrEqualTo(dataEnd);
                    if (len > dataEnd) assertThat(r.warnings()).anyMatch(w -> w.contains("event table"));
                } catch (InvalidRecordingException expected) {
                    assertThat(expected.getMessage()).startsWith("broken.gdf").contains("truncated");
                }
            }
        }
    }

    @Test
    void randomHeaderCorruptionNeverThrowsAnythingButInvalidRecording() throws IOException {
        Random rnd = new Random(42);
        int opened = 0;
        int refused = 0;
        for (boolean v1 : new boolean[] {true, false}) {
            byte[] base = valid(v1).build();
            for (int k = 0; k < 300; k++) {
                byte[] bytes = base.clone();
                for (int j = 0; j < 8; j++) bytes[rnd.nextInt(768)] = (byte) rnd.nextInt(256);
                if (k % 3 == 0) bytes[768 + 36 + rnd.nextInt(bytes.length - 804)] = (byte) rnd.nextInt(256);
                Path p = write(bytes);
                try (GdfRecording r = GdfReader.open(p)) {
                    // read whatever it offers, every signal, everything: must not throw either
                    for (int s = 0; s < r.signals().size(); s++) {
                        double[] x = new double[(int) r.sampleCount(s)];
                        r.readPhysical(s, 0, x, 0, x.length);
                        int[] d = new int[x.length];
                        r.readDigital(s, 0, d, 0, d.length);
                    }
                    assertThat(r.annotations()).allMatch(a -> !Double.isNaN(a.onsetSeconds()));
                    opened++;
                } catch (InvalidRecordingException expected) {
                    assertThat(expected.getMessage()).startsWith("broken.gdf");
                    refused++;
                }
            }
        }
        // both outcomes must occur, or the corruption missed the fields that matter
        assertThat(opened).isGreaterThan(50);
        assertThat(refused).isGreaterThan(50);
    }
}
