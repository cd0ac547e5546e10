package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdfReaderTest {
    @TempDir
    Path dir;

    private EdfRecording open(EdfBytes b) throws IOException {
        Path p = dir.resolve("t.edf");
        Files.write(p, b.build());
        return EdfReader.open(p);
    }

    @Test
    void physicalValuesFollowTheHeaderScaleAcrossRecordBoundaries() throws IOException {
        EdfBytes b = new EdfBytes().signal(new EdfBytes.Sig("EEG C3-REF", "uV", "-100", "100", "-2000", "2000", 10));
        b.reserved = "";
        b.sample = (s, r, i) -> r * 10 + i - 15;
        try (EdfRecording rec = open(b)) {
            double[] x = new double[12];
            rec.readPhysical(0, 7, x, 0, 12);          // records 0, 1 and 2
            for (int k = 0; k < 12; k++) {
                int digital = 7 + k - 15;
                assertEquals(-100 + (digital + 2000) * 200.0 / 4000, x[k], 1e-12, "sample " + (7 + k));
            }
            int[] d = new int[3];
            rec.readDigital(0, 9, d, 0, 3);
            assertThat(d).containsExactly(-6, -5, -4);
        }
    }

    @Test
    void invertedPhysicalRangeKeepsPolarityAndWarns() throws IOException {
        EdfBytes b = new EdfBytes().signal(new EdfBytes.Sig("Fp1", "uV", "100", "-100", "-100", "100", 4));
        b.reserved = "";
        b.sample = (s, r, i) -> 50;
        try (EdfRecording rec = open(b)) {
            double[] x = new double[1];
            rec.readPhysical(0, 0, x, 0, 1);
            assertEquals(-50, x[0], 1e-12);
            assertThat(rec.warnings()).anyMatch(w -> w.contains("inverted"));
        }
    }

    @Test
    void subSecondStartMovesTheStartAndAnnotationsStayRelative() throws IOException {
        EdfBytes b = new EdfBytes().signal("EEG Fp1-REF", 4);
        b.tals.add(EdfBytes.tal("+0.25||~+1.75|spike|~"));
        b.tals.add(EdfBytes.tal("+1.25||~"));
        b.tals.add(EdfBytes.tal("+2.25||~-0.5^2|before start|~"));
        try (EdfRecording rec = open(b)) {
            assertEquals(LocalDateTime.of(2020, 1, 24, 4, 5, 56, 250_000_000), rec.startTime());
            assertThat(rec.annotations()).containsExactly(
                    new Annotation(-0.75, 2, "before start"), new Annotation(1.5, Double.NaN, "spike"));
            assertEquals(RecordingFormat.EDF_PLUS_C, rec.format());
            assertEquals(3.0, rec.durationSeconds(), 1e-12);
        }
    }

    @Test
    void discontinuousRecordKeepsGapsAndMapsTime() throws IOException {
        EdfBytes b = new EdfBytes().signal("EEG Cz-REF", 10);
        b.reserved = "EDF+D";
        b.tals.add(EdfBytes.tal("+0||~"));
        b.tals.add(EdfBytes.tal("+5||~"));
        b.tals.add(EdfBytes.tal("+6||~"));
        try (EdfRecording rec = open(b)) {
            assertThat(rec.gaps()).containsExactly(new Gap(1, 4));
            assertEquals(7.0, rec.durationSeconds(), 1e-12);
            assertEquals(5.3, rec.timeOfSample(0, 13), 1e-12);
            assertEquals(10, rec.sampleAtOrAfter(0, 2.5), "a time inside the gap maps to the next record");
            assertEquals(15, rec.sampleAtOrAfter(0, 5.5));
            assertEquals(30, rec.sampleAtOrAfter(0, 99));
        }
    }

    @Test
    void utf8TextsSeveralAnnotationSignalsAndVendorQuirks() throws IOException {
        EdfBytes b = new EdfBytes().signal("EEG O1-REF", 4);
        b.annotationSpr = 40;
        b.tals.add(EdfBytes.tal("+0||+0.5|仰卧|~"));             // Nihon Kohden: no NUL after the time-keeping TAL
        b.tals.add(EdfBytes.tal("+1||~+1.5^0.25|a|b|~"));        // two texts share one onset
        b.tals.add(EdfBytes.tal("+2||~"));
        try (EdfRecording rec = open(b)) {
            assertThat(rec.annotations()).extracting(Annotation::text).containsExactly("仰卧", "a", "b");
            assertEquals(0.5, rec.annotations().get(0).onsetSeconds(), 1e-12);
            assertEquals(0.25, rec.annotations().get(1).durationSeconds(), 1e-12);
            assertThat(rec.warnings()).anyMatch(w -> w.contains("NUL"));
        }
        Path multi = SharedData.data("format/mne-testing-data/multiple_annotation_chans.bdf");
        try (EdfRecording rec = EdfReader.open(multi)) {
            assertThat(rec.annotations()).extracting(Annotation::text).contains("signal_start", "TestStim#6");
            assertThat(rec.signals()).noneMatch(s -> s.label().endsWith("Annotations"));
        }
    }

    @Test
    void unknownRecordCountTrailingBytesAndDuplicateLabelsAreWarnings() throws IOException {
        EdfBytes b = new EdfBytes().signal("EEG F1-Ref", 5).signal("EEG F1-Ref", 5);
        b.reserved = "";
        b.records = "-1";
        byte[] bytes = b.build();
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        Path p = dir.resolve("w.edf");
        Files.write(p, longer);
        try (EdfRecording rec = EdfReader.open(p)) {
            assertEquals(3, rec.recordCount());
            List<String> w = rec.warnings();
            assertThat(w).anyMatch(x -> x.contains("record count is -1"))
                    .anyMatch(x -> x.contains("3 trailing byte"))
                    .anyMatch(x -> x.contains("duplicate label 'EEG F1-Ref'"));
        }
    }

    @Test
    void digitalRangeBeyondSampleWidthAndMislabelledReservedField() throws IOException {
        EdfBytes b = new EdfBytes().signal(new EdfBytes.Sig("O1-A1", "uV", "-730", "503", "-72984", "50277", 4));
        b.reserved = "reserved";
        try (EdfRecording rec = open(b)) {
            assertEquals(RecordingFormat.EDF, rec.format());
            assertThat(rec.warnings()).anyMatch(x -> x.contains("exceeds the 16-bit"))
                    .anyMatch(x -> x.contains("reserved field holds 'reserved'"));
            assertEquals(-72984, rec.signals().get(0).digitalMin());
        }
    }

    @Test
    void largeFileOpensWithoutReadingItsSamples() throws IOException {
        EdfBytes b = new EdfBytes().signal("EEG Fp1-REF", 256);
        b.reserved = "";
        b.recordCount = 2000;
        try (EdfRecording rec = open(b)) {
            assertEquals(2000L * 256, rec.sampleCount(0));
            double[] x = new double[256];
            rec.readPhysical(0, 1999L * 256, x, 0, 256);
            assertTrue(x[0] != x[255]);
        }
    }
}
