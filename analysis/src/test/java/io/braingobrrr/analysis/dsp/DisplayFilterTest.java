package io.braingobrrr.analysis.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.recording.SignalSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayFilterTest {
    @TempDir
    Path dir;

    @Test
    void pagesOfARealEdfEqualFilteringTheWholeSignalAwayFromItsEdges() throws Exception {
        Path edf = TestRecordings.writeSines(dir.resolve("s.edf"), 256, 120, new double[] {0.2, 10, 50}, new double[] {80, 30, 20}, 40);
        try (SignalSource src = EdfReader.open(edf)) {
            DisplayFilter f = new DisplayFilter(new DisplayFilter.Settings(1, 30, 50), 256);
            double[] all = new double[(int) src.sampleCount(0)];
            src.readPhysical(0, 0, all, 0, all.length);
            double[] whole = f.apply(all);
            int first = 40 * 256;
            DisplayFilter.Page page = f.page(src, 0, first, 10 * 256);
            assertThat(page.skipped()).isEmpty();
            for (int i = 0; i < page.samples().length; i++) {
                assertThat((double) page.samples()[i]).as("sample %d", i).isCloseTo(whole[first + i], within(0.05));
            }
            // 0.2 Hz drift, 40 µV offset and 50 Hz are gone; 10 Hz stays (|H|^2 at 10 Hz of LFF 1 + HFF 30)
            double rms = 0;
            for (float v : page.samples()) rms += v * v;
            rms = Math.sqrt(rms / page.samples().length);
            assertThat(rms).isCloseTo(30 / Math.sqrt(2), within(1.0));
            // first page: the record's start, no ringing from the 40 µV offset
            DisplayFilter.Page start = f.page(src, 0, 0, 256);
            assertThat(Math.abs(start.samples()[0])).isLessThan(40);
        }
    }

    @Test
    void hffAboveNyquistIsSkippedAndSaid() {
        DisplayFilter f = new DisplayFilter(DisplayFilter.Settings.ACNS_DEFAULT, 100);
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) x[i] = 5 + Math.sin(2 * Math.PI * 45 * i / 100.0);
        double[] y = f.apply(x);
        assertThat(y[500]).isCloseTo(Math.sin(2 * Math.PI * 45 * 500 / 100.0), within(0.01));
        DisplayFilter.Settings off = DisplayFilter.Settings.OFF;
        assertThat(new DisplayFilter(off, 100).apply(x)).containsExactly(x);
        assertThatThrownBy(() -> new DisplayFilter.Settings(30, 10, 0)).hasMessageContaining("below HFF");
        assertThatThrownBy(() -> new DisplayFilter.Settings(-1, 10, 0)).hasMessageContaining(">= 0");
    }

    @Test
    void hffSkipFlagIsReportedOnPages() throws Exception {
        Path edf = TestRecordings.writeSines(dir.resolve("low.edf"), 100, 20, new double[] {10}, new double[] {10}, 0);
        try (SignalSource src = EdfReader.open(edf)) {
            DisplayFilter.Page p = new DisplayFilter(DisplayFilter.Settings.ACNS_DEFAULT, 100).page(src, 0, 0, 100);
            assertThat(p.hffSkipped()).isTrue();
            assertThat(p.skipped()).containsExactly("HFF 70.0 Hz >= Nyquist 50.0 Hz");
            assertThatThrownBy(() -> new DisplayFilter(DisplayFilter.Settings.ACNS_DEFAULT, 100).page(src, 0, 1900, 200))
                    .hasMessageContaining("outside");
        }
    }
}
