package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalKind;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two real GDF files. Expected values come from MANIFEST.md and from the raw bytes, read here at the
 * offsets the GDF layout gives (hexdump-checked), not from the reader.
 */
class GdfReaderTest {
    private static final String ECG_FILE = "format/mne-testing-data/test_1ch.gdf";
    private static final String BCI_FILE = "format/debian-octave-biosig/sample.gdf";

    private static ByteBuffer bytes(Path p) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static double[] physical(GdfRecording r, int signal) {
        double[] x = new double[(int) r.sampleCount(signal)];
        r.readPhysical(signal, 0, x, 0, x.length);
        return x;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double std(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return Math.sqrt(s / x.length);
    }

    @Test
    void gdf2SingleChannelEcg() throws IOException {
        Path p = SharedData.data(ECG_FILE);
        ByteBuffer raw = bytes(p);
        try (GdfRecording r = GdfReader.open(p)) {
            assertEquals(RecordingFormat.GDF, r.format());
            assertEquals("GDF 2.10", r.header().version());
            assertEquals(raw.getShort(252), r.signals().size());
            assertEquals(1, r.signals().size());
            assertEquals(4500, raw.getLong(236));
            assertEquals(4500, r.recordCount());
            assertEquals((double) raw.getInt(244) / raw.getInt(248), r.recordDurationSeconds(), 1e-15);
            assertEquals(30.0, r.durationSeconds(), 1e-9);
            SignalInfo ecg = r.signals().get(0);
            assertEquals("ECG", ecg.label());
            assertEquals(SignalKind.ECG, ecg.kind());
            assertEquals(150.0, ecg.sampleRateHz(), 1e-12);
            assertEquals(4500, r.sampleCount(0));
            assertEquals("mV", ecg.physicalDimension());
            assertEquals(4274, raw.getShort(358));                 // unit code 4256 (V) + prefix 18 (milli)
            assertEquals(4274, r.header().signals().get(0).dimensionCode());
            assertEquals(raw.getDouble(360), ecg.physicalMin());
            assertEquals(raw.getDouble(368), ecg.physicalMax());
            assertEquals(16, raw.getInt(476));                      // GDFTYP float32
            assertEquals(GdfDataType.FLOAT32, r.header().signals().get(0).type());
            assertEquals(512, r.header().headerBytes());
            assertEquals(512 + 4500 * 4, Files.size(p));            // no event table
            assertThat(r.annotations()).isEmpty();
            assertEquals(0, raw.getLong(168));                      // start not recorded
            assertFalse(r.startTimeKnown());
            assertThat(r.warnings()).anyMatch(w -> w.contains("does not record its start"));

            double pmin = raw.getDouble(360);
            double pmax = raw.getDouble(368);
            double dmin = raw.getDouble(376);
            double dmax = raw.getDouble(384);
            double[] x = physical(r, 0);
            for (int k = 0; k < x.length; k++) {
                double expected = (raw.getFloat(512 + 4 * k) - dmin) * (pmax - pmin) / (dmax - dmin) + pmin;
                assertEquals(expected, x[k], 1e-12, "sample " + k);
            }
            // QRS complexes: sharp peaks far above the spread, at a human heart rate
            double m = mean(x);
            double s = std(x);
            assertThat(max(x)).isGreaterThan(m + 4 * s);
            int beats = peaks(x, m + 3 * s, (int) (0.3 * 150));
            assertThat(beats).isBetween(25, 60);
        }
    }

    @Test
    void floatChannelDigitalValuesAgreeWithTheSignalInfoScaling() throws IOException {
        try (GdfRecording r = GdfReader.open(SharedData.data(ECG_FILE))) {
            assertFalse(r.storesDigital(0));
            SignalInfo info = r.signals().get(0);
            int[] d = new int[4500];
            r.readDigital(0, 0, d, 0, d.length);
            double[] x = physical(r, 0);
            for (int k = 0; k < d.length; k++) {
                assertEquals(x[k], info.toPhysical(d[k]), Math.abs(info.gain()) / 2 + 1e-12, "sample " + k);
            }
        }
    }

    @Test
    void gdf1FourChannelBciRecording() throws IOException {
        Path p = SharedData.data(BCI_FILE);
        ByteBuffer raw = bytes(p);
        try (GdfRecording r = GdfReader.open(p)) {
            assertEquals("GDF 1.25", r.header().version());
            assertTrue(r.header().isVersion1());
            assertEquals(4, raw.getInt(252));
            assertThat(r.signals()).extracting(SignalInfo::label)
                    .containsExactly("Channel 1", "Channel 2", "Channel 3", "Channel 5");
            assertEquals(97419, raw.getLong(236));
            assertEquals(97419, r.recordCount());
            assertEquals(1280, raw.getLong(184));
            assertEquals(1280, r.header().headerBytes());
            assertEquals(97419 / 256.0, r.durationSeconds(), 1e-9);
            String start = new String(bytes(raw, 168, 16), StandardCharsets.US_ASCII);
            assertEquals("2007030212075900", start);
            assertEquals(LocalDateTime.of(Integer.parseInt(start.substring(0, 4)), Integer.parseInt(start.substring(4, 6)),
                    Integer.parseInt(start.substring(6, 8)), Integer.parseInt(start.substring(8, 10)),
                    Integer.parseInt(start.substring(10, 12)), Integer.parseInt(start.substring(12, 14))), r.startTime());
            assertTrue(r.startTimeKnown());
            assertEquals("Eva H\u00f6fler", r.patientIdentification());    // Latin-1 0xF6 in the file
            for (SignalInfo s : r.signals()) {
                assertEquals(256.0, s.sampleRateHz(), 1e-12);
                assertEquals("\u00b5V", s.physicalDimension());
                assertEquals(-100, s.physicalMin());
                assertEquals(100, s.physicalMax());
                assertEquals(-32768, s.digitalMin());
                assertEquals(32767, s.digitalMax());
            }
            assertThat(r.warnings()).isEmpty();
        }
    }

    @Test
    void gdf1SamplesMatchTheRawInt16Values() throws IOException {
        Path p = SharedData.data(BCI_FILE);
        ByteBuffer raw = bytes(p);
        try (GdfRecording r = GdfReader.open(p)) {
            for (int c = 0; c < 4; c++) {
                assertTrue(r.storesDigital(c));
                double pmin = raw.getDouble(672 + 8 * c);
                double pmax = raw.getDouble(704 + 8 * c);
                long dmin = raw.getLong(736 + 8 * c);
                long dmax = raw.getLong(768 + 8 * c);
                int[] d = new int[97419];
                r.readDigital(c, 0, d, 0, d.length);
                double[] x = physical(r, c);
                for (int k = 0; k < d.length; k++) {
                    short stored = raw.getShort(1280 + 8 * k + 2 * c);   // 4 int16 channels, 1 sample each per record
                    assertEquals(stored, d[k]);
                    assertEquals((stored - dmin) * (pmax - pmin) / (dmax - dmin) + pmin, x[k], 1e-12);
                }
                // scalp EEG: microvolt-range spread, mean close to zero
                assertThat(std(x)).as("std of channel %d", c).isBetween(1.0, 50.0);
                assertThat(Math.abs(mean(x))).isLessThan(10.0);
            }
            float[] f = new float[300];
            r.readPhysical(2, 1000, f, 0, 300);
            double[] x = new double[300];
            r.readPhysical(2, 1000, x, 0, 300);
            for (int k = 0; k < 300; k++) assertEquals((float) x[k], f[k]);
        }
    }

    @Test
    void gdf1EventTableBecomesAnnotations() throws IOException {
        Path p = SharedData.data(BCI_FILE);
        ByteBuffer raw = bytes(p);
        int at = 1280 + 97419 * 8;                  // right after the last record
        assertEquals(3, raw.get(at));               // mode 3: positions, types, channels, durations
        int rate = (raw.get(at + 1) & 0xFF) | (raw.get(at + 2) & 0xFF) << 8 | (raw.get(at + 3) & 0xFF) << 16;
        assertEquals(0, rate);                      // GDF 1.25 leaves it 0: positions count 256 Hz samples
        int n = raw.getInt(at + 4);
        assertEquals(200, n);
        assertEquals(Files.size(p), at + 8 + 12L * n);
        List<Annotation> expected = new ArrayList<>();
        int trialStarts = 0;
        for (int k = 0; k < n; k++) {
            long pos = raw.getInt(at + 8 + 4 * k) & 0xFFFFFFFFL;
            int type = raw.getShort(at + 8 + 4 * n + 2 * k) & 0xFFFF;
            assertEquals(0, raw.getShort(at + 8 + 6 * n + 2 * k));      // every event concerns all channels
            long dur = raw.getInt(at + 8 + 8 * n + 4 * k) & 0xFFFFFFFFL;
            if (type == 0x0300) trialStarts++;
            expected.add(new Annotation((pos - 1) / 256.0, dur == 0 ? Double.NaN : dur / 256.0, "0x" + Integer.toHexString(type)));
        }
        expected.sort(Comparator.comparingDouble(Annotation::onsetSeconds));
        try (GdfRecording r = GdfReader.open(p)) {
            List<Annotation> got = r.annotations();
            assertEquals(200, got.size());
            assertEquals(40, trialStarts);
            assertEquals(trialStarts, got.stream().filter(a -> a.text().equals("trial start")).count());
            assertThat(got).anyMatch(a -> a.text().equals("cue left hand"));
            assertThat(got).anyMatch(a -> a.text().equals("cue right hand"));
            for (int k = 0; k < n; k++) {
                assertEquals(expected.get(k).onsetSeconds(), got.get(k).onsetSeconds(), 1e-12, "event " + k);
                assertEquals(expected.get(k).durationSeconds(), got.get(k).durationSeconds(), 1e-12, "event " + k);
            }
            // the first trial: position 768 (1-based) is 767/256 s; the trial lasts 2048 samples = 8 s
            Annotation first = got.get(0);
            assertEquals(767 / 256.0, first.onsetSeconds(), 1e-12);
            assertThat(got.subList(0, 2)).extracting(Annotation::text).contains("trial start");
            assertEquals(8.0, got.stream().filter(a -> a.text().equals("trial start")).findFirst().orElseThrow()
                    .durationSeconds(), 1e-12);
        }
    }

    private static byte[] bytes(ByteBuffer b, int at, int n) {
        byte[] out = new byte[n];
        b.get(at, out);
        return out;
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) m = Math.max(m, v);
        return m;
    }

    /** Local maxima above {@code threshold}, at least {@code refractory} samples apart. */
    private static int peaks(double[] x, double threshold, int refractory) {
        int count = 0;
        int last = -refractory;
        for (int i = 1; i + 1 < x.length; i++) {
            if (x[i] > threshold && x[i] >= x[i - 1] && x[i] > x[i + 1] && i - last >= refractory) {
                count++;
                last = i;
            }
        }
        return count;
    }
}
