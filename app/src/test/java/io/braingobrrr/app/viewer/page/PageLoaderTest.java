package io.braingobrrr.app.viewer.page;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.recording.SignalSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLoaderTest {
    /**
     * The loader filters each electrode and then subtracts; filtering the bipolar difference itself (same
     * margins, straight through the analysis module) must give the same trace, since both steps are linear.
     */
    @Test
    void filteredBipolarPageEqualsTheFilteredDifferenceOnARealFile() throws Exception {
        try (SignalSource source = RecordingReader.open(SharedData.file("format/mne-testing-data/MB0400FU.EDF"))) {
            DisplayFilter.Settings settings = new DisplayFilter.Settings(1, 70, 50);
            PageLoader loader = new PageLoader(source, Montage.longitudinalBipolar(), settings);
            TracePage page = loader.load(10, 5);
            assertEquals("Fp1-F7", page.labels().get(0));

            int fp1 = source.indexOf("EEG Fp1-Ref");
            int f7 = source.indexOf("EEG F7-Ref");
            DisplayFilter filter = new DisplayFilter(settings, 200);
            long first = source.sampleAtOrAfter(fp1, 10);
            int count = 1000;
            long from = Math.max(0, first - filter.marginSamples());
            long to = Math.min(source.sampleCount(fp1), first + count + filter.marginSamples());
            double[] a = new double[(int) (to - from)];
            double[] b = new double[a.length];
            source.readPhysical(fp1, from, a, 0, a.length);
            source.readPhysical(f7, from, b, 0, b.length);
            for (int i = 0; i < a.length; i++) a[i] -= b[i];
            double[] expected = filter.apply(a);
            float[] shown = page.values()[0];
            assertEquals(count, shown.length);
            double worst = 0;
            for (int i = 0; i < count; i++) worst = Math.max(worst, Math.abs(shown[i] - expected[(int) (first - from) + i]));
            assertTrue(worst < 0.01, "largest difference " + worst + " µV");
        }
    }
}
