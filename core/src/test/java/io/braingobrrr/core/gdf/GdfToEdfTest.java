package io.braingobrrr.core.gdf;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A GDF recording is a SignalSource like any other: the project's EDF writer takes it as it is, and the
 * EDF read back holds the same signals and events. This is what the 16-bit digital view of float
 * channels (GdfChannel) is for.
 */
class GdfToEdfTest {
    @TempDir
    Path dir;

    /** The recording written by the project's EDF writer and opened again by its EDF reader. */
    private EdfRecording asEdf(GdfRecording gdf, String name) throws IOException {
        Path out = dir.resolve(name);
        EdfWriter.write(gdf, out);
        return EdfReader.open(out);
    }

    @Test
    void int16Gdf1BecomesAnEdfWithIdenticalSamplesAndEvents() throws IOException {
        try (GdfRecording gdf = GdfReader.open(SharedData.data("format/debian-octave-biosig/sample.gdf"));
             EdfRecording edf = asEdf(gdf, "sample.edf")) {
            assertEquals(gdf.signals().size(), edf.signals().size());
            assertEquals(gdf.startTime(), edf.startTime());
            for (int s = 0; s < gdf.signals().size(); s++) {
                assertEquals(gdf.signals().get(s).label(), edf.signals().get(s).label());
                int n = (int) gdf.sampleCount(s);
                assertEquals(n, edf.sampleCount(s));
                int[] a = new int[n];
                int[] b = new int[n];
                gdf.readDigital(s, 0, a, 0, n);
                edf.readDigital(s, 0, b, 0, n);
                assertThat(b).as("signal %d", s).isEqualTo(a);
            }
            List<Annotation> events = gdf.annotations();
            assertEquals(events.size(), edf.annotations().size());
            for (int k = 0; k < events.size(); k++) {
                assertEquals(events.get(k).text(), edf.annotations().get(k).text());
                assertEquals(events.get(k).onsetSeconds(), edf.annotations().get(k).onsetSeconds(), 1e-6);
            }
        }
    }

    @Test
    void float32Gdf2BecomesAnEdfWithinOneStep() throws IOException {
        try (GdfRecording gdf = GdfReader.open(SharedData.data("format/mne-testing-data/test_1ch.gdf"));
             EdfRecording edf = asEdf(gdf, "ecg.edf")) {
            int n = (int) gdf.sampleCount(0);
            assertEquals(n, edf.sampleCount(0));
            double[] a = new double[n];
            double[] b = new double[n];
            gdf.readPhysical(0, 0, a, 0, n);
            edf.readPhysical(0, 0, b, 0, n);
            double step = Math.abs(edf.signals().get(0).gain());
            assertThat(step).isLessThan(1e-4);          // mV per step: 0.05 µV resolution
            for (int k = 0; k < n; k++) assertEquals(a[k], b[k], step, "sample " + k);
        }
    }
}
