package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes in-memory recordings and reads them back with {@link EdfReader}: what goes in must come out. */
class EdfWriterRoundTripTest {
    static final LocalDateTime START = LocalDateTime.of(2024, 3, 5, 10, 20, 30, 250_000_000);

    @TempDir
    Path dir;

    /** A recording held in arrays; onsets null means continuous. */
    static final class MemorySource implements SignalSource {
        final RecordingFormat format;
        final LocalDateTime start;
        final List<SignalInfo> signals;
        final int[][] data;
        final List<Annotation> annotations;
        final double[] onsets;
        final int records;
        final double duration;
        int failAfterReads = Integer.MAX_VALUE;

        MemorySource(RecordingFormat format, LocalDateTime start, List<SignalInfo> signals, int[][] data,
                     List<Annotation> annotations, double[] onsets, int records, double duration) {
            this.format = format;
            this.start = start;
            this.signals = signals;
            this.data = data;
            this.annotations = annotations;
            this.onsets = onsets;
            this.records = records;
            this.duration = duration;
        }

        public RecordingFormat format() { return format; }
        public LocalDateTime startTime() { return start; }
        public List<SignalInfo> signals() { return signals; }
        public List<Annotation> annotations() { return annotations; }
        public List<String> warnings() { return List.of(); }
        public int recordCount() { return records; }
        public double recordDurationSeconds() { return duration; }
        public double recordOnsetSeconds(int r) { return onsets == null ? r * duration : onsets[r]; }
        public void close() { }

        public List<Gap> gaps() {
            List<Gap> gaps = new ArrayList<>();
            for (int r = 1; onsets != null && r < records; r++) {
                double end = onsets[r - 1] + duration;
                if (onsets[r] - end > 1e-9) gaps.add(new Gap(end, onsets[r] - end));
            }
            return gaps;
        }

        public void readDigital(int signal, long first, int[] dst, int offset, int count) {
            if (--failAfterReads < 0) throw new IllegalStateException("source broke down");
            System.arraycopy(data[signal], (int) first, dst, offset, count);
        }

        public void readPhysical(int signal, long first, double[] dst, int offset, int count) {
            for (int i = 0; i < count; i++) dst[offset + i] = signals.get(signal).toPhysical(data[signal][(int) first + i]);
        }

        public void readPhysical(int signal, long first, float[] dst, int offset, int count) {
            for (int i = 0; i < count; i++) dst[offset + i] = (float) signals.get(signal).toPhysical(data[signal][(int) first + i]);
        }
    }

    static SignalInfo signal(String label, String unit, double pMin, double pMax, int dMin, int dMax, int spr) {
        return SignalInfo.of(label, "AgAgCl electrode", unit, pMin, pMax, dMin, dMax, "HP:0.1Hz LP:70Hz", spr, spr);
    }

    /** Uniformly random digital values over each signal's whole digital range, including both limits. */
    static int[][] randomData(List<SignalInfo> signals, int records, long seed) {
        Random rnd = new Random(seed);
        int[][] data = new int[signals.size()][];
        for (int i = 0; i < signals.size(); i++) {
            SignalInfo s = signals.get(i);
            int n = s.samplesPerRecord() * records;
            data[i] = new int[n];
            int lo = Math.min(s.digitalMin(), s.digitalMax());
            int hi = Math.max(s.digitalMin(), s.digitalMax());
            for (int k = 0; k < n; k++) data[i][k] = lo + (int) (rnd.nextDouble() * ((long) hi - lo + 1));
            data[i][0] = lo;
            data[i][n - 1] = hi;
        }
        return data;
    }

    static final List<Annotation> ANNOTATIONS = List.of(
            new Annotation(-1.5, Double.NaN, "before the first record"),
            new Annotation(0.5, Double.NaN, "eyes closed"),
            new Annotation(1.25, 2.5, "仰卧"),
            new Annotation(3, 0, "zero duration"),
            new Annotation(7.125, 0.004, "spike\tT7"),
            new Annotation(9.999, Double.NaN, "last"));

    private MemorySource mixedRates(RecordingFormat format, boolean bdf) {
        int big = bdf ? 8388607 : 32767;
        List<SignalInfo> signals = List.of(
                signal("EEG Fp1-REF", "uV", -3276.8, 3276.7, -big - 1, big, 256),
                signal("ECG", "mV", -5, 5, -2048, 2047, 100),
                signal("Resp", "", 1, -1, 0, 4095, 1),      // inverted physical range, one sample per record
                signal("Temp rectal", "degC", 30, 42, -100, 100, 3));
        return new MemorySource(format, START, signals, randomData(signals, 10, 7), ANNOTATIONS, null, 10, 1);
    }

    @ParameterizedTest(name = "bdf={0}")
    @ValueSource(booleans = {false, true})
    void roundTripKeepsSamplesAnnotationsAndSubSecondStart(boolean bdf) throws IOException {
        RecordingFormat format = bdf ? RecordingFormat.BDF_PLUS_C : RecordingFormat.EDF_PLUS_C;
        MemorySource src = mixedRates(format, bdf);
        Path out = dir.resolve(bdf ? "mixed.bdf" : "mixed.edf");
        EdfWriter.Result result = EdfWriter.write(src, out);
        assertEquals(format, result.format());
        assertEquals(4, result.signals());
        assertEquals(10, result.records());
        assertEquals(10.0, result.durationSeconds(), 1e-12);
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertSameRecording(src, out);
        // The first record's time-keeping TAL carries the quarter second the header's hh.mm.ss cannot.
        byte[] bytes = Files.readAllBytes(out);
        int annotationOffset = 256 * 6 + (256 + 100 + 1 + 3) * (bdf ? 3 : 2);
        assertEquals("+0.25\u0014\u0014\u0000", new String(bytes, annotationOffset, 8, StandardCharsets.US_ASCII));
        assertEquals("10.20.30", new String(bytes, 176, 8, StandardCharsets.US_ASCII));
    }

    @Test
    void gapsMakeTheFileDiscontinuous() throws IOException {
        List<SignalInfo> signals = List.of(signal("C3", "uV", -500, 500, -32768, 32767, 200));
        double[] onsets = {0, 1, 2, 5, 6, 10.5};
        MemorySource src = new MemorySource(RecordingFormat.EDF_PLUS_C, START.withNano(0), signals,
                randomData(signals, 6, 3), ANNOTATIONS, onsets, 6, 1);
        Path out = dir.resolve("gaps.edf");
        EdfWriter.Result result = EdfWriter.write(src, out);
        assertEquals(RecordingFormat.EDF_PLUS_D, result.format());
        assertEquals(11.5, result.durationSeconds(), 1e-12);
        assertEquals("EDF+D", new String(Files.readAllBytes(out), 192, 5, StandardCharsets.US_ASCII));
        try (EdfRecording back = EdfReader.open(out)) {
            assertEquals(List.of(new Gap(3, 2), new Gap(7, 3.5)), back.gaps());
            for (int r = 0; r < 6; r++) assertEquals(onsets[r], back.recordOnsetSeconds(r), 1e-9);
        }
        assertSameRecording(src, out);
    }

    /** One 10-sample Cz signal in 1-s records, starting on a whole second. */
    private static MemorySource czWith(List<Annotation> notes, int records) {
        List<SignalInfo> signals = List.of(signal("Cz", "uV", -500, 500, -32768, 32767, 10));
        return new MemorySource(RecordingFormat.EDF_PLUS_C, START.withNano(0), signals,
                randomData(signals, records, 1), notes, null, records, 1);
    }

    /** Annotation bytes per record of a two-signal EDF (Cz, annotations): samples-per-record field of signal 2 times 2. */
    private static int annotationBytesPerRecord(byte[] edf) {
        return Integer.parseInt(new String(edf, 256 + 2 * 216 + 8, 8, StandardCharsets.US_ASCII).trim()) * 2;
    }

    @Test
    void annotationsGoIntoTheRecordTheyBelongTo() throws IOException {
        List<Annotation> notes = List.of(new Annotation(3.2, Double.NaN, "in record three"),
                new Annotation(8.9, 1, "in record eight"));
        MemorySource src = czWith(notes, 10);
        Path out = dir.resolve("local.edf");
        EdfWriter.write(src, out);
        byte[] bytes = Files.readAllBytes(out);
        int annotationBytes = annotationBytesPerRecord(bytes);
        int recordBytes = 10 * 2 + annotationBytes;
        String record3 = new String(bytes, 768 + 3 * recordBytes + 20, annotationBytes, StandardCharsets.UTF_8);
        String record8 = new String(bytes, 768 + 8 * recordBytes + 20, annotationBytes, StandardCharsets.UTF_8);
        assertTrue(record3.startsWith("+3\u0014\u0014\u0000+3.2\u0014in record three\u0014\u0000"), record3);
        assertTrue(record8.startsWith("+8\u0014\u0014\u0000+8.9\u00151\u0014in record eight\u0014\u0000"), record8);
        assertSameRecording(src, out);
    }

    @Test
    void crowdedAnnotationsAreSpreadOverRecordsInsteadOfBloatingEveryRecord() throws IOException {
        List<Annotation> notes = new ArrayList<>();
        int totalTalBytes = 0;
        for (int i = 0; i < 300; i++) {
            Annotation a = new Annotation(0.001 * i, Double.NaN, "marker " + i);
            notes.add(a);
            totalTalBytes += EdfAnnotationWriter.annotationTal(a.onsetSeconds(), Double.NaN, a.text()).length;
        }
        MemorySource src = czWith(notes, 60);
        Path out = dir.resolve("crowded.edf");
        EdfWriter.write(src, out);
        int annotationBytes = annotationBytesPerRecord(Files.readAllBytes(out));
        // All in record 0 would need totalTalBytes per record; spread over 60 records it is a small fraction.
        assertTrue(annotationBytes < totalTalBytes / 10, annotationBytes + " vs " + totalTalBytes);
        assertSameRecording(src, out);
    }

    @Test
    void negativeDurationsAreDroppedWithAWarning() throws IOException {
        List<SignalInfo> signals = List.of(signal("Cz", "uV", -500, 500, -32768, 32767, 10));
        MemorySource src = new MemorySource(RecordingFormat.EDF_PLUS_C, START, signals, randomData(signals, 2, 1),
                List.of(new Annotation(0.5, -2, "odd")), null, 2, 1);
        Path out = dir.resolve("negative.edf");
        EdfWriter.Result result = EdfWriter.write(src, out);
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("negative duration")), result.warnings().toString());
        try (EdfRecording back = EdfReader.open(out)) {
            assertEquals(1, back.annotations().size());
            assertEquals("odd", back.annotations().get(0).text());
            assertTrue(Double.isNaN(back.annotations().get(0).durationSeconds()));
        }
    }

    /** Same format family, signals, digital samples, timing and annotations as {@code src}. */
    static void assertSameRecording(SignalSource src, Path out) throws IOException {
        try (EdfRecording back = EdfReader.open(out)) {
            assertEquals(src.startTime(), back.startTime());
            assertEquals(src.recordCount(), back.recordCount());
            assertEquals(src.recordDurationSeconds(), back.recordDurationSeconds(), 1e-12);
            assertEquals(src.gaps().size(), back.gaps().size());
            assertEquals(src.signals().size(), back.signals().size());
            for (int i = 0; i < src.signals().size(); i++) {
                SignalInfo a = src.signals().get(i);
                SignalInfo b = back.signals().get(i);
                assertEquals(a.label(), b.label());
                assertEquals(a.physicalDimension(), b.physicalDimension());
                assertEquals(a.digitalMin(), b.digitalMin());
                assertEquals(a.digitalMax(), b.digitalMax());
                assertEquals(a.physicalMin(), b.physicalMin(), Math.abs(a.physicalMin()) * 1e-12);
                assertEquals(a.physicalMax(), b.physicalMax(), Math.abs(a.physicalMax()) * 1e-12);
                assertEquals(a.samplesPerRecord(), b.samplesPerRecord());
                int n = (int) src.sampleCount(i);
                int[] expected = new int[n];
                int[] actual = new int[n];
                src.readDigital(i, 0, expected, 0, n);
                back.readDigital(i, 0, actual, 0, n);
                assertArrayEquals(expected, actual, "digital samples of " + a.label());
            }
            assertSameAnnotations(src.annotations(), back.annotations());
        }
    }

    static void assertSameAnnotations(List<Annotation> expected, List<Annotation> actual) {
        // Simultaneous annotations may come back in another order (several annotation signals become one).
        java.util.Comparator<Annotation> order = java.util.Comparator.comparingDouble(Annotation::onsetSeconds)
                .thenComparing(Annotation::text);
        List<Annotation> sorted = new ArrayList<>(expected);
        sorted.sort(order);
        List<Annotation> got = new ArrayList<>(actual);
        got.sort(order);
        assertEquals(sorted.size(), got.size(), "annotation count");
        for (int i = 0; i < sorted.size(); i++) {
            Annotation a = sorted.get(i);
            Annotation b = got.get(i);
            assertEquals(a.text(), b.text());
            assertEquals(a.onsetSeconds(), b.onsetSeconds(), 1e-9, a.text());
            assertEquals(a.hasDuration(), b.hasDuration(), a.text());
            if (a.hasDuration()) assertEquals(a.durationSeconds(), b.durationSeconds(), 1e-9, a.text());
        }
    }
}
