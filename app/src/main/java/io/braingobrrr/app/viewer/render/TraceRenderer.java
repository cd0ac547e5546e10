package io.braingobrrr.app.viewer.render;

import java.util.Arrays;

/**
 * Draws a page's traces into an ARGB pixel buffer, without any toolkit, so the viewer, the screenshot
 * command and the benchmark share it.
 *
 * <p>Each channel's samples are split into the trace area's pixel columns so that every sample falls in
 * exactly one column; the column shows the [min, max] of its samples joined to the previous column's last
 * value, so a one-sample spike always reaches its full height and a continuous trace has no gap. Stock
 * chart point reduction (averaging, or one point per pixel) loses exactly the peaks EEG readers look for.
 *
 * <p>Channels are the outer loop and pixel columns the inner one (see {@link #drawTraces} for why).
 */
public final class TraceRenderer {
    // The default palette (TracePalette.DEFAULT); users choose their own in the settings.
    public static final int BACKGROUND = 0xFFFFFFFF;
    public static final int TRACE = 0xFF101820;
    public static final int GRID = 0xFFD8DEE6;
    public static final int HALF_GRID = 0xFFEEF1F5;
    public static final int MARK = 0xFF2E7D32;
    public static final int SCALE_BAR = 0xFFC62828;

    /** Renders the page; returns the layout it used (for labels drawn on top, and for hit testing). */
    public TraceLayout render(TracePage page, DisplaySettings settings, int[] argb, int width, int height) {
        if (argb.length < width * height) {
            throw new IllegalArgumentException("pixel buffer of " + argb.length + " for " + width + " x " + height);
        }
        TraceLayout layout = TraceLayout.of(width, height, page.channelCount(), settings);
        TracePalette colours = settings.palette();
        Arrays.fill(argb, 0, width * height, colours.background());
        drawGrid(page, layout, argb, colours);
        drawMarks(page, layout, argb);
        double scale = settings.pixelsPerMicrovolt() * (settings.negativeUp() ? 1 : -1);  // screen y grows down
        drawTraces(page.values(), layout, scale, argb, colours.trace());
        int barTop = layout.scaleBarBottom() - layout.scaleBarPixels() + 1;     // exactly scaleBarPixels rows
        for (int dx = 0; dx < 2; dx++) {
            vertical(argb, layout, layout.scaleBarX() + dx, barTop, layout.scaleBarBottom(), 0, SCALE_BAR);
        }
        return layout;
    }

    private static void drawGrid(TracePage page, TraceLayout layout, int[] argb, TracePalette colours) {
        // One line per second of recording time (not of page time), so the grid moves with half-page steps.
        double first = Math.ceil(page.fromSeconds() * 2 - 1e-9) / 2;
        for (double t = first; t < page.fromSeconds() + page.seconds(); t += 0.5) {
            int x = layout.column(t - page.fromSeconds(), page.seconds());
            boolean whole = Math.abs(t - Math.rint(t)) < 1e-9;
            if (!whole && page.seconds() > 20) continue;
            vertical(argb, layout, x, layout.top(), layout.height() - 1, layout.top(), whole ? colours.grid() : colours.halfGrid());
        }
    }

    private static void drawMarks(TracePage page, TraceLayout layout, int[] argb) {
        for (TracePage.Mark m : page.marks()) {
            double into = m.onsetSeconds() - page.fromSeconds();
            if (into < 0 || into >= page.seconds()) continue;
            int x = layout.column(into, page.seconds());
            vertical(argb, layout, x, 0, layout.height() - 1, 0, MARK);
        }
    }

    /**
     * Channel k's column c covers its samples [floor(c n / W), floor((c + 1) n / W)), stepped without a
     * division per column. With fewer samples than columns a column may hold none; it then repeats the
     * next sample so the trace stays connected. NaN (past the end of the recording) only ever forms a
     * suffix, so the hot loop is a plain min/max.
     *
     * <p>Channel by channel, column by column: a channel's spans stay in its band of rows, so the few cache
     * lines of that band take all 16 columns' writes while they are in L1 and the per-channel stepping state
     * lives in registers. Column by column over all channels touches every row of the image (1080 lines,
     * more than L1 holds) per column: 3.8-4.0 ms against 2.9-3.1 ms CPU for a filtered 64 ch x 10 000 sample
     * page at 1920 x 1080 (2026-12-07; docs/notes/trace-rendering.md).
     */
    static void drawTraces(float[][] values, TraceLayout layout, double scale, int[] argb, int colour) {
        int w = layout.traceWidth();
        int[] baselines = layout.baselines();
        for (int k = 0; k < values.length; k++) {
            float[] v = values[k];
            int valid = v.length;
            while (valid > 0 && Float.isNaN(v[valid - 1])) valid--;
            int quotient = v.length / w;
            int remainder = v.length % w;
            int carry = 0;
            int start = 0;
            float last = 0;
            int baseline = baselines[k];
            for (int c = 0; c < w && start < valid; c++) {
                int to = start + quotient;
                carry += remainder;
                if (carry >= w) {
                    carry -= w;
                    to++;
                }
                int end = Math.min(Math.max(to, start + 1), valid);   // an empty column peeks at the next sample
                float min = v[start];
                float max = min;
                for (int i = start + 1; i < end; i++) {
                    float s = v[i];
                    min = s < min ? s : min;        // not Math.min: its NaN/-0 branches mispredict on noisy EEG
                    max = s > max ? s : max;
                }
                if (c > 0) {
                    min = last < min ? last : min;
                    max = last > max ? last : max;
                }
                last = v[end - 1];
                start = to;
                int ya = baseline + (int) Math.round(min * scale);
                int yb = baseline + (int) Math.round(max * scale);
                vertical(argb, layout, layout.traceLeft() + c, Math.min(ya, yb), Math.max(ya, yb), layout.top(), colour);
            }
        }
    }

    /** Pixels (x, y0..y1) inclusive of the row-major buffer, clipped to rows [clipTop, height). */
    private static void vertical(int[] argb, TraceLayout layout, int x, int y0, int y1, int clipTop, int colour) {
        if (x < 0 || x >= layout.width()) return;
        int width = layout.width();
        int a = Math.max(y0, clipTop);
        int b = Math.min(y1, layout.height() - 1);
        for (int i = a * width + x, stop = b * width + x; i <= stop; i += width) argb[i] = colour;
    }
}
