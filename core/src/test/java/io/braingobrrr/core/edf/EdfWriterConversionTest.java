package io.braingobrrr.core.edf;

import io.braingobrrr.core.io.RecordingConverter;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.InvalidRecordingException;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Stream;

import static io.braingobrrr.core.edf.EdfWriterRoundTripTest.assertSameAnnotations;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link RecordingConverter} on the third-party files in ../shared/data. */
class EdfWriterConversionTest {
    @TempDir
    Path dir;

    @Test
    void discontinuousEdfSurvivesBdfAndBackUnchanged() throws IOException {
        Path original = SharedData.data("format/edfReader/edfPlusD.edf");
        Path bdf = dir.resolve("plusD.bdf");
        Path edf = dir.resolve("plusD-again.edf");
        assertEquals(RecordingFormat.BDF_PLUS_D, RecordingConverter.convert(original, bdf).format());
        EdfWriter.Result back = RecordingConverter.convert(bdf, edf);
        assertEquals(RecordingFormat.EDF_PLUS_D, back.format());
        assertTrue(back.warnings().isEmpty(), back.warnings().toString());
        try (EdfRecording a = EdfReader.open(original); EdfRecording b = EdfReader.open(edf)) {
            assertEquals(5, a.gaps().size());
            assertEquals(a.gaps(), b.gaps());
            assertEquals(a.annotations(), b.annotations());
            assertEquals(a.patientIdentification(), b.patientIdentification());
            assertEquals(a.recordingIdentification(), b.recordingIdentification());
            assertSameDigitalSamples(a, b);
        }
    }

    @Test
    void bdfToEdfRequantisesWithinHalfANewDigitalStep() throws IOException {
        Path original = SharedData.data("format/mne-testing-data/test_generator_2.bdf");
        Path edf = dir.resolve("generator.edf");
        EdfWriter.Result r = RecordingConverter.convert(original, edf);
        assertEquals(RecordingFormat.EDF_PLUS_C, r.format());
        assertEquals(11, r.signals());
        assertEquals(600.0, r.durationSeconds(), 1e-9);
        try (EdfRecording a = EdfReader.open(original); EdfRecording b = EdfReader.open(edf)) {
            assertEquals(a.annotations(), b.annotations());
            for (int s = 0; s < a.signals().size(); s++) {
                SignalInfo info = b.signals().get(s);
                double step = Math.abs(info.gain());
                int n = (int) a.sampleCount(s);
                double[] x = new double[n];
                double[] y = new double[n];
                a.readPhysical(s, 0, x, 0, n);
                b.readPhysical(s, 0, y, 0, n);
                double worst = 0;
                for (int i = 0; i < n; i++) worst = Math.max(worst, Math.abs(x[i] - y[i]));
                assertTrue(worst <= step / 2 * (1 + 1e-9), info.label() + ": error " + worst + " > half step " + step / 2);
                String label = info.label();
                assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'" + label + "'") && w.contains("requantised")),
                        "no requantisation warning for " + label);
            }
        }
    }

    @Test
    void subSecondStartAndUtf8TextsSurvive() throws IOException {
        Path sub = SharedData.data("format/mne-testing-data/subsecond_starttime.edf");
        RecordingConverter.convert(sub, dir.resolve("sub.edf"));
        try (EdfRecording b = EdfReader.open(dir.resolve("sub.edf"))) {
            assertEquals(LocalDateTime.of(2020, 1, 24, 4, 5, 56, 394_531_200), b.startTime());
        }
        Path utf8 = SharedData.data("format/mne-testing-data/test_utf8_annotations.edf");
        RecordingConverter.convert(utf8, dir.resolve("utf8.bdf"));
        try (EdfRecording b = EdfReader.open(dir.resolve("utf8.bdf"))) {
            assertTrue(b.annotations().stream().map(Annotation::text).anyMatch("仰卧"::equals), b.annotations().toString());
        }
    }

    @Test
    void plainEdfIdentificationBecomesAnExtraEdfPlusSubfield() throws IOException {
        Path plain = SharedData.data("format/mne-python/test_uneven_samp.edf");
        RecordingConverter.convert(plain, dir.resolve("uneven.edf"));
        try (EdfRecording a = EdfReader.open(plain); EdfRecording b = EdfReader.open(dir.resolve("uneven.edf"))) {
            assertEquals(RecordingFormat.EDF, a.format());
            assertEquals(RecordingFormat.EDF_PLUS_C, b.format());
            assertTrue(b.patientIdentification().startsWith("X X X X A_3Hz_sinewave"), b.patientIdentification());
            assertTrue(b.recordingIdentification().startsWith("Startdate 13-JUL-2000 X X X "), b.recordingIdentification());
            assertSameDigitalSamples(a, b);
        }
    }

    @Test
    void unreadableInputIsACleanErrorAndLeavesNoOutput() throws IOException {
        Path notEdf = dir.resolve("notes.edf");
        Files.writeString(notEdf, "this is not a recording at all");
        InvalidRecordingException e = assertThrows(InvalidRecordingException.class,
                () -> RecordingConverter.convert(notEdf, dir.resolve("out.bdf")));
        assertTrue(e.getMessage().contains("notes.edf"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out.bdf")));
        assertThrows(NoSuchFileException.class, () -> RecordingConverter.convert(dir.resolve("missing.edf"), dir.resolve("x.edf")));
        assertThrows(IllegalArgumentException.class, () -> RecordingConverter.convert(notEdf, dir.resolve("x.gdf")));
    }

    /** Every EDF/BDF of the shared data, converted to its own family and to BDF+, keeps samples, annotations and gaps. */
    @TestFactory
    Stream<DynamicTest> everySharedFileConvertsWithoutLosingData() {
        return SharedData.allEdfAndBdf().stream().flatMap(rel -> Stream.of(".edf", ".bdf").map(ext ->
                DynamicTest.dynamicTest(rel + " -> " + ext, () -> checkConversion(rel, ext))));
    }

    private void checkConversion(String rel, String ext) throws IOException {
        Path in = SharedData.data(rel);
        boolean sourceBdf = rel.toLowerCase(Locale.ROOT).endsWith(".bdf");
        if (sourceBdf && ext.equals(".edf")) return;   // requantised: covered by bdfToEdfRequantises...
        Path out = dir.resolve(Path.of(rel).getFileName() + ext);
        EdfWriter.Result r = RecordingConverter.convert(in, out);
        try (EdfRecording a = EdfReader.open(in); EdfRecording b = EdfReader.open(out)) {
            assertEquals(ext.equals(".bdf"), b.format().is24Bit());
            assertEquals(a.startTime(), b.startTime());
            assertEquals(a.recordCount() == 0 && a.signals().isEmpty() ? 1 : a.recordCount(), b.recordCount());
            assertEquals(a.gaps(), b.gaps());
            assertEquals(r.records(), b.recordCount());
            assertSameAnnotations(a.annotations(), b.annotations());
            assertSameDigitalSamples(a, b);
        }
    }

    private static void assertSameDigitalSamples(EdfRecording a, EdfRecording b) {
        assertEquals(a.signals().size(), b.signals().size());
        for (int s = 0; s < a.signals().size(); s++) {
            assertEquals(a.signals().get(s).label(), b.signals().get(s).label());
            int n = (int) a.sampleCount(s);
            assertEquals(n, b.sampleCount(s));
            int[] x = new int[n];
            int[] y = new int[n];
            a.readDigital(s, 0, x, 0, n);
            b.readDigital(s, 0, y, 0, n);
            assertArrayEquals(x, y, a.signals().get(s).label());
        }
    }
}
