package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data types, scaling, start times and events on files built byte by byte. */
class GdfDecodingTest {
    @TempDir
    Path dir;

    private GdfRecording open(GdfBytes b) throws IOException {
        Path p = dir.resolve("t.gdf");
        Files.write(p, b.build());
        return GdfReader.open(p);
    }

    /** GDFTYP, digital range and stored values covering both ends of each type. */
    private static final Object[][] TYPES = {
        {1L, -128.0, 127.0, new double[] {-128, 127, 0, -1}},
        {2L, 0.0, 255.0, new double[] {0, 255, 128}},
        {3L, -32768.0, 32767.0, new double[] {-32768, 32767, -1}},
        {4L, 0.0, 65535.0, new double[] {65535, 0, 40000}},
        {5L, -2147483648.0, 2147483647.0, new double[] {-2147483648.0, 2147483647.0, 7}},
        {6L, 0.0, 4294967295.0, new double[] {4294967295.0, 0, 2147483648.0}},
        {7L, -0x1p53, 0x1p53, new double[] {-0x1p53, 0x1p53, -5}},
        {8L, 0.0, 0x1p64, new double[] {0x1p63 + 2048, 0, 12345}},
        {16L, -1.0, 1.0, new double[] {-0.75, 0.5, 1}},
        {17L, -4.0, 4.0, new double[] {1e-3, -2.5, 4}},
        {279L, -8388608.0, 8388607.0, new double[] {-8388608, 8388607, -1}},
        {535L, 0.0, 16777215.0, new double[] {16777215, 0, 8388608}},
    };

    @Test
    void everyDataTypeIsScaledByItsOwnHeader() throws IOException {
        GdfBytes b = new GdfBytes(false);
        b.records = 4;
        for (int t = 0; t < TYPES.length; t++) {
            GdfBytes.Chan c = new GdfBytes.Chan("T" + TYPES[t][0]).type((long) TYPES[t][0], (double) TYPES[t][1], (double) TYPES[t][2]).spr(1 + t % 3);
            c.pmin = -500 - t;
            c.pmax = 250 + 10 * t;
            b.chan(c);
        }
        b.sample = (c, r, i) -> ((double[]) TYPES[c][3])[(r * b.chans.get(c).spr + i) % ((double[]) TYPES[c][3]).length];
        try (GdfRecording rec = open(b)) {
            assertEquals(TYPES.length, rec.signals().size());
            for (int c = 0; c < TYPES.length; c++) {
                GdfBytes.Chan ch = b.chans.get(c);
                int n = (int) rec.sampleCount(c);
                assertEquals(4L * ch.spr, n);
                double[] x = new double[n];
                rec.readPhysical(c, 0, x, 0, n);
                int[] d = new int[n];
                rec.readDigital(c, 0, d, 0, n);
                SignalInfo info = rec.signals().get(c);
                for (int k = 0; k < n; k++) {
                    double stored = b.sample.value(c, k / ch.spr, k % ch.spr);
                    double expected = (stored - ch.dmin) * (ch.pmax - ch.pmin) / (ch.dmax - ch.dmin) + ch.pmin;
                    assertEquals(expected, x[k], 1e-9 * Math.abs(expected) + 1e-9, "type " + ch.type + " sample " + k);
                    if (rec.storesDigital(c)) {
                        assertEquals((long) stored, d[k], "type " + ch.type + " sample " + k);
                    } else {
                        assertEquals(x[k], info.toPhysical(d[k]), Math.abs(info.gain()) / 2 + 1e-9, "type " + ch.type + " sample " + k);
                    }
                }
            }
            // the types an int holds hand out their stored values; the rest are offered as 16-bit steps
            for (int c = 0; c < TYPES.length; c++) {
                long code = (long) TYPES[c][0];
                boolean wide = code == 6 || code == 7 || code == 8 || code == 16 || code == 17;
                assertEquals(!wide, rec.storesDigital(c), "type " + code);
            }
        }
    }

    @Test
    void readsAcrossRecordBoundariesWithMixedRatesAndTypes() throws IOException {
        GdfBytes b = new GdfBytes(true);
        b.records = 5;
        b.numerator = 1;
        b.denominator = 2;   // half-second records
        b.chan(new GdfBytes.Chan("Fp1").spr(3));
        b.chan(new GdfBytes.Chan("Resp").type(16, -1000, 1000).spr(5));
        b.sample = (c, r, i) -> c == 0 ? r * 10 + i : r + i / 8.0;
        try (GdfRecording rec = open(b)) {
            assertEquals(6.0, rec.signals().get(0).sampleRateHz(), 1e-12);
            assertEquals(10.0, rec.signals().get(1).sampleRateHz(), 1e-12);
            assertEquals(2.5, rec.durationSeconds(), 1e-12);
            int[] d = new int[7];
            rec.readDigital(0, 2, d, 0, 7);              // records 0..3
            assertThat(d).containsExactly(2, 10, 11, 12, 20, 21, 22);
            double[] x = new double[9];
            rec.readPhysical(1, 3, x, 0, 9);             // records 0..2 of the float channel
            double[] stored = {3 / 8.0, 4 / 8.0, 1, 1 + 1 / 8.0, 1 + 2 / 8.0, 1 + 3 / 8.0, 1 + 4 / 8.0, 2, 2 + 1 / 8.0};
            for (int k = 0; k < 9; k++) {
                assertEquals((stored[k] + 1000) * 200 / 2000 - 100, x[k], 1e-9, "sample " + (3 + k));
            }
            assertEquals(1.0, rec.timeOfSample(1, 10), 1e-12);
        }
    }

    @Test
    void gdf2StartIsFixedPointDaysSinceYearZero() throws IOException {
        GdfBytes b = new GdfBytes(false).chan(new GdfBytes.Chan("Cz"));
        // Matlab's datenum(1970,1,1) is 719529: the GDF 2 day count is that calendar
        long days = 719_529 + LocalDate.of(2020, 1, 24).toEpochDay();
        b.startDays = (days << 32) + (1L << 30);           // plus a quarter day
        try (GdfRecording rec = open(b)) {
            assertEquals(LocalDateTime.of(2020, 1, 24, 6, 0), rec.startTime());
            assertTrue(rec.startTimeKnown());
            assertThat(rec.warnings()).isEmpty();
        }
    }

    @Test
    void gdf1StartKeepsCentiseconds() throws IOException {
        GdfBytes b = new GdfBytes(true).chan(new GdfBytes.Chan("Cz"));
        b.startText = "2019123123595950";
        try (GdfRecording rec = open(b)) {
            assertEquals(LocalDateTime.of(2019, 12, 31, 23, 59, 59, 500_000_000), rec.startTime());
        }
    }

    @Test
    void unreadableStartIsAWarningNotAFailure() throws IOException {
        GdfBytes b = new GdfBytes(true).chan(new GdfBytes.Chan("Cz"));
        b.startText = "2019133199999999";
        try (GdfRecording rec = open(b)) {
            assertFalse(rec.startTimeKnown());
            assertThat(rec.warnings()).anyMatch(w -> w.contains("2019133199999999") && w.contains("byte 168"));
        }
    }

    @Test
    void mode1EventsWithTheirOwnRateAndKnownAndUnknownCodes() throws IOException {
        GdfBytes b = new GdfBytes(false).chan(new GdfBytes.Chan("C3").spr(250));
        b.eventMode = 1;
        b.eventRate = 1000;   // positions in 1 kHz ticks while the data run at 250 Hz
        b.events.add(new GdfBytes.Event(2001, 0x8301, 0, 0));
        b.events.add(new GdfBytes.Event(1, 0x0301, 0, 0));
        b.events.add(new GdfBytes.Event(1501, 0x7FFE, 0, 0));
        b.events.add(new GdfBytes.Event(2501, 0x1234, 0, 0));
        try (GdfRecording rec = open(b)) {
            assertThat(rec.annotations()).containsExactly(
                    new Annotation(0, Double.NaN, "cue left hand"),
                    new Annotation(1.5, Double.NaN, "start of new segment"),
                    new Annotation(2.0, Double.NaN, "end of cue left hand"),
                    new Annotation(2.5, Double.NaN, "GDF event 0x1234"));
            assertThat(rec.warnings()).noneMatch(w -> w.contains("event"));
        }
    }

    @Test
    void mode3EventsCarryDurationAndChannel() throws IOException {
        GdfBytes b = new GdfBytes(true).chan(new GdfBytes.Chan("C3").spr(250)).chan(new GdfBytes.Chan("C4").spr(125));
        b.eventMode = 3;
        b.eventRate = 0;      // not given: positions count samples at the highest channel rate
        b.events.add(new GdfBytes.Event(251, 0x0300, 0, 500));
        b.events.add(new GdfBytes.Event(126, 0x0116, 2, 0));
        b.events.add(new GdfBytes.Event(376, 0x0117, 9, 25));
        try (GdfRecording rec = open(b)) {
            assertThat(rec.annotations()).containsExactly(
                    new Annotation(0.5, Double.NaN, "spike (C4)"),
                    new Annotation(1.0, 2.0, "trial start"),
                    new Annotation(1.5, 0.1, "seizure (channel 9)"));
        }
    }

    @Test
    void gdf2UnitCodesAndFilterFieldsBecomeText() throws IOException {
        GdfBytes b = new GdfBytes(false);
        GdfBytes.Chan eeg = new GdfBytes.Chan("Fz");
        eeg.dim = "";
        eeg.dimCode = 4256 + 19;          // volt, micro
        eeg.highpass = 0.5f;
        eeg.lowpass = 70;
        eeg.notch = 50;
        GdfBytes.Chan imp = new GdfBytes.Chan("Z");
        imp.dim = "";
        imp.dimCode = 4288 + 3;           // ohm, kilo
        imp.prefilter = "none";
        GdfBytes.Chan odd = new GdfBytes.Chan("X");
        odd.dim = "";
        odd.dimCode = 6048;               // a unit we do not name
        b.chan(eeg).chan(imp).chan(odd);
        try (GdfRecording rec = open(b)) {
            assertEquals("\u00b5V", rec.signals().get(0).physicalDimension());
            assertEquals("HP:0.5Hz LP:70Hz N:50Hz", rec.signals().get(0).prefilter());
            assertEquals("kOhm", rec.signals().get(1).physicalDimension());
            assertEquals("none", rec.signals().get(1).prefilter());
            assertEquals("", rec.signals().get(2).physicalDimension());
            assertEquals(6048, rec.header().signals().get(2).dimensionCode());
        }
    }

    @Test
    void unknownRecordCountIsTakenFromTheFileSize() throws IOException {
        GdfBytes b = new GdfBytes(false).chan(new GdfBytes.Chan("Cz"));
        b.records = 7;
        b.declaredRecords = -1L;
        try (GdfRecording rec = open(b)) {
            assertEquals(7, rec.recordCount());
            assertEquals(-1, rec.header().declaredRecords());
            assertThat(rec.warnings()).anyMatch(w -> w.contains("record count is -1") && w.contains("7 complete records"));
        }
    }
}
