package io.braingobrrr.app.viewer.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer judged on its pixel buffer only. */
class TraceRendererTest {
    private static final int W = 1000;
    private static final int H = 400;
    private final TraceRenderer renderer = new TraceRenderer();

    private static TracePage page(float[]... channels) {
        String[] labels = new String[channels.length];
        for (int i = 0; i < labels.length; i++) labels[i] = "C" + i;
        return new TracePage(List.of(labels), channels, 0, 10, null, List.of());
    }

    /** Rows of the trace colour in one pixel column, as [first, last], or null when none. */
    private static int[] traceRows(int[] argb, int x) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < H; y++) {
            if (argb[y * W + x] == TraceRenderer.TRACE) {
                if (first < 0) first = y;
                last = y;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    @Test
    void aOneSampleSpikeAlwaysReachesFullHeight() {
        // 10 s x 1000 Hz = 10000 samples on 864 columns: about 11.6 samples per column, spike anywhere.
        DisplaySettings s = DisplaySettings.defaults();                 // 7 µV/mm, 0.25 mm/px, negative up
        int expectedDepth = (int) Math.round(100 / (7 * 0.25));       // +100 µV drawn 57 px below baseline
        int[] argb = new int[W * H];
        for (int at = 0; at < 10000; at += 7) {
            float[] v = new float[10000];
            v[at] = 100f;
            TraceLayout layout = renderer.render(page(v), s, argb, W, H);
            int deepest = -1;
            for (int x = layout.traceLeft(); x < layout.traceLeft() + layout.traceWidth(); x++) {
                int[] rows = traceRows(argb, x);
                if (rows != null) deepest = Math.max(deepest, rows[1]);
            }
            assertEquals(layout.baselines()[0] + expectedDepth, deepest, "spike at sample " + at);
        }
    }

    @Test
    void aContinuousSignalLeavesNoGapBetweenColumns() {
        for (int n : new int[] {10000, 2560, 300}) {                    // more and fewer samples than columns
            float[] v = new float[n];
            for (int i = 0; i < n; i++) v[i] = (float) (80 * Math.sin(2 * Math.PI * 9.7 * i * 10.0 / n));
            int[] argb = new int[W * H];
            TraceLayout layout = renderer.render(page(v), DisplaySettings.defaults(), argb, W, H);
            int[] previous = null;
            for (int x = layout.traceLeft(); x < layout.traceLeft() + layout.traceWidth(); x++) {
                int[] rows = traceRows(argb, x);
                assertTrue(rows != null, "empty column " + x + " with " + n + " samples");
                if (previous != null) {
                    boolean touching = rows[0] <= previous[1] + 1 && rows[1] >= previous[0] - 1;
                    assertTrue(touching, "gap between columns " + (x - 1) + " and " + x + " with " + n + " samples");
                }
                previous = rows;
            }
        }
    }

    @Test
    void negativeUpDrawsANegativeValueAboveTheBaseline() {
        float[] v = new float[10000];
        java.util.Arrays.fill(v, -50f);
        int[] argb = new int[W * H];
        TraceLayout layout = renderer.render(page(v), DisplaySettings.defaults(), argb, W, H);
        int[] rows = traceRows(argb, layout.traceLeft() + 100);
        int above = (int) Math.round(50 / (7 * 0.25));
        assertEquals(layout.baselines()[0] - above, rows[0]);
        assertEquals(rows[0], rows[1]);

        layout = renderer.render(page(v), DisplaySettings.defaults().withNegativeUp(false), argb, W, H);
        rows = traceRows(argb, layout.traceLeft() + 100);
        assertEquals(layout.baselines()[0] + above, rows[0], "positive up puts it below");
    }

    @Test
    void scaleBarLengthIsTenMillimetresOfThisScreen() {
        double[][] cases = {{7, 0.25}, {7, 0.2}, {50, 0.3}, {1, 0.1}};
        for (double[] c : cases) {
            DisplaySettings s = new DisplaySettings(c[0], 10, c[1], true);
            int[] argb = new int[W * H];
            TraceLayout layout = renderer.render(page(new float[10]), s, argb, W, H);
            int count = 0;
            for (int y = 0; y < H; y++) if (argb[y * W + layout.scaleBarX()] == TraceRenderer.SCALE_BAR) count++;
            // The bar stands for sensitivity x 10 µV; at c[0] µV/mm that is 10 mm, i.e. 10 / (mm per pixel) pixels.
            double microvolts = c[0] * 10;
            assertEquals(Math.round(microvolts / c[0] / c[1]), count, "at " + c[0] + " µV/mm, " + c[1] + " mm/px");
        }
    }

    @Test
    void channelsAreStackedTopToBottomWithTheirOwnValues() {
        float[] up = new float[10000];
        float[] down = new float[10000];
        java.util.Arrays.fill(up, -20f);
        java.util.Arrays.fill(down, 20f);
        int[] argb = new int[W * H];
        TraceLayout layout = renderer.render(page(up, down), DisplaySettings.defaults(), argb, W, H);
        assertTrue(layout.baselines()[0] < layout.baselines()[1]);
        int x = layout.traceLeft() + 500;
        int shift = (int) Math.round(20 / 1.75);
        assertEquals(TraceRenderer.TRACE, argb[(layout.baselines()[0] - shift) * W + x]);
        assertEquals(TraceRenderer.TRACE, argb[(layout.baselines()[1] + shift) * W + x]);
    }

    @Test
    void theUsersColoursLandInThePixelBuffer() {
        TracePalette night = TracePalette.of(0xFF000000, 0xFF33FF66, 0xFF404040);
        float[] v = new float[10000];
        java.util.Arrays.fill(v, -20f);
        int[] argb = new int[W * H];
        TraceLayout layout = renderer.render(page(v), DisplaySettings.defaults().withPalette(night), argb, W, H);
        int x = layout.traceLeft() + 500;
        assertEquals(0xFF33FF66, argb[(layout.baselines()[0] - (int) Math.round(20 / 1.75)) * W + x], "trace colour");
        assertEquals(0xFF000000, argb[layout.top() * W + layout.traceLeft() + 3], "background colour");
        int second = layout.column(1.0, 10);
        assertEquals(0xFF404040, argb[(H - 5) * W + second], "one-second grid line");
        assertEquals(0xFF202020, argb[(H - 5) * W + layout.column(1.5, 10)], "half-second line halfway between grid and background");
        for (int p : argb) assertTrue(p != TraceRenderer.TRACE && p != TraceRenderer.BACKGROUND, "no default colour left");
    }

    @Test
    void aColourTextThatIsNotRgbHexIsRefusedByName() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TracePalette.parse("grid colour", "green"));
        assertEquals("grid colour 'green' is not a colour like #101820", e.getMessage());
        assertEquals(0xFF0055AA, TracePalette.parse("trace colour", "#0055aa"));
        assertEquals("#0055aa", TracePalette.hex(0xFF0055AA));
    }
}
