package io.braingobrrr.app.viewer.measure;

import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.app.viewer.render.TraceLayout;
import io.braingobrrr.app.viewer.render.TracePage;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbeTest {
    /** 10 s at 1000 Hz drawn 1000 px wide: 10 samples per column, so a column's time is a whole 10 ms. */
    private static final int W = 1000 + TraceLayout.LABEL_WIDTH + TraceLayout.SCALE_WIDTH;

    private static TracePage page(float[]... channels) {
        List<String> labels = channels.length == 1 ? List.of("Fp1-F7") : List.of("Fp1-F7", "F7-T3");
        return new TracePage(labels, channels, 20, 10, LocalDateTime.of(2024, 1, 2, 10, 0, 0), List.of());
    }

    @Test
    void twoPeaksOfAFiveHertzWaveGiveFiveHertzAndTheirValues() {
        float[] wave = new float[10_000];
        for (int i = 0; i < wave.length; i++) wave[i] = (float) (50 * Math.cos(2 * Math.PI * 5 * i / 1000.0) + i * 0.001);
        float[] flat = new float[10_000];
        TracePage page = page(flat, wave);
        TraceLayout layout = TraceLayout.of(W, 600, 2, DisplaySettings.defaults());
        // Peaks every 200 samples = every 20 columns; pick those at samples 1000 and 1200.
        double x1 = layout.traceLeft() + 100;
        double x2 = layout.traceLeft() + 120;
        PagePoint a = Probe.at(page, layout, x1, layout.baselines()[1] + 3).orElseThrow();
        assertEquals(1, a.channel(), "the nearest baseline is channel 1");
        assertEquals("F7-T3", a.label());
        assertEquals(21.0, a.seconds(), 1e-9);
        assertEquals(51.0, a.microvolts(), 1e-3);
        Probe.Measurement m = new Probe.Measurement(a, Probe.onChannel(page, layout, 1, x2));
        assertEquals(0.2, m.deltaSeconds(), 1e-9);
        assertEquals(5.0, m.frequencyHz(), 1e-9);
        assertEquals(0.2, m.deltaMicrovolts(), 1e-3);        // the ramp: 200 samples x 0.001 µV
    }

    @Test
    void outsideTheTracesThereIsNothingToRead() {
        TracePage page = page(new float[10_000]);
        TraceLayout layout = TraceLayout.of(W, 600, 1, DisplaySettings.defaults());
        assertTrue(Probe.at(page, layout, 10, 300).isEmpty(), "label column");
        assertTrue(Probe.at(page, layout, layout.traceLeft() + layout.traceWidth() + 5, 300).isEmpty(), "scale bar column");
        assertTrue(Probe.at(page, layout, 500, 2).isEmpty(), "header");
        assertEquals(30.0, Probe.secondsAt(page, layout, W + 50), 1e-9, "clamped to the page end");
    }

    @Test
    void timeAxisLabelsWholeSecondsWithClockAndElapsedTime() {
        TracePage page = new TracePage(List.of("C3"), new float[][]{new float[2560]}, 3725.5, 10,
                LocalDateTime.of(2024, 1, 2, 23, 59, 58), List.of());
        TraceLayout layout = TraceLayout.of(W, 600, 1, DisplaySettings.defaults());
        List<PageImage.AxisLabel> axis = PageImage.timeAxis(page, layout);
        // 100 px per second: every 1 s labelled, from 3726 (the first whole second) to 3735.
        assertEquals(10, axis.size());
        assertEquals("+1:02:06", axis.get(0).elapsed());
        assertEquals("01:02:04", axis.get(0).clock(), "23:59:58 + 3726 s, past midnight");
        assertEquals(layout.traceLeft() + 50, axis.get(0).x());
        assertEquals(layout.traceLeft() + 150, axis.get(1).x());
        TraceLayout narrow = TraceLayout.of(400, 600, 1, DisplaySettings.defaults());   // 264 px for 10 s
        List<PageImage.AxisLabel> sparse = PageImage.timeAxis(page, narrow);
        assertTrue(sparse.size() <= 4 && sparse.size() >= 2, sparse.toString());
        assertEquals("+1:02:10", sparse.get(0).elapsed(), "steps of 5 s, on multiples of 5");
    }
}
