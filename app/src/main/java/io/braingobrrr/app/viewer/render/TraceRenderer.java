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
 */
public final class TraceRenderer {
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
        Arrays.fill(argb, 0, width * height, BACKGROUND);
        drawGrid(page, layout, argb);
        drawMarks(page, layout, argb);
        double scale = settings.pixelsPerMicrovolt() * (settings.negativeUp() ? 1 : -1);  // screen y grows down
        for (int k = 0; k < page.channelCount(); k++) {
            drawTrace(page.values()[k], layout.baselines()[k], scale, layout, argb, TRACE);
        }
        int barTop = layout.scaleBarBottom() - layout.scaleBarPixels() + 1;     // exactly scaleBarPixels rows
        for (int dx = 0; dx < 2; dx++) {
            vertical(argb, width, layout.scaleBarX() + dx, barTop, layout.scaleBarBottom(), 0, height, SCALE_BAR);
        }
        return layout;
    }

    private static void drawGrid(TracePage page, TraceLayout layout, int[] argb) {
        // One line per second of recording time (not of page time), so the grid moves with half-page steps.
        double first = Math.ceil(page.fromSeconds() * 2 - 1e-9) / 2;
        for (double t = first; t < page.fromSeconds() + page.seconds(); t += 0.5) {
            int x = layout.column(t - page.fromSeconds(), page.seconds());
            boolean whole = Math.abs(t - Math.rint(t)) < 1e-9;
            if (!whole && page.seconds() > 20) continue;
            vertical(argb, layout.width(), x, layout.top(), layout.height() - 1, layout.top(), layout.height(),
                    whole ? GRID : HALF_GRID);
        }
    }

    private static void drawMarks(TracePage page, TraceLayout layout, int[] argb) {
        for (TracePage.Mark m : page.marks()) {
            double into = m.onsetSeconds() - page.fromSeconds();
            if (into < 0 || into >= page.seconds()) continue;
            int x = layout.column(into, page.seconds());
            vertical(argb, layout.width(), x, 0, layout.height() - 1, 0, layout.height(), MARK);
        }
    }

    /**
     * One channel: column c covers samples [c n / W, (c + 1) n / W). With fewer samples than columns a
     * column may hold none; it then repeats the next sample so the trace stays connected.
     */
    static void drawTrace(float[] v, int baseline, double scale, TraceLayout layout, int[] argb, int colour) {
        int n = v.length;
        int w = layout.traceWidth();
        if (n == 0) return;
        float last = Float.NaN;
        for (int c = 0; c < w; c++) {
            int from = (int) ((long) c * n / w);
            int to = (int) ((long) (c + 1) * n / w);
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            float end = Float.NaN;
            if (to == from) {
                if (from >= n) continue;
                to = from + 1;          // look at the next sample without consuming it
            }
            for (int i = from; i < to; i++) {
                float x = v[i];
                if (x != x) continue;   // NaN: past the end of the recording
                if (x < min) min = x;
                if (x > max) max = x;
                end = x;
            }
            if (end != end) {
                last = Float.NaN;       // nothing here: do not join across
                continue;
            }
            if (last == last) {
                if (last < min) min = last;
                if (last > max) max = last;
            }
            last = end;
            int ya = baseline + (int) Math.round(min * scale);
            int yb = baseline + (int) Math.round(max * scale);
            vertical(argb, layout.width(), layout.traceLeft() + c, Math.min(ya, yb), Math.max(ya, yb),
                    layout.top(), layout.height(), colour);
        }
    }

    /** Pixels (x, y0..y1) inclusive, clipped to rows [clipTop, clipBottom). */
    private static void vertical(int[] argb, int width, int x, int y0, int y1, int clipTop, int clipBottom, int colour) {
        if (x < 0 || x >= width) return;
        int a = Math.max(y0, clipTop);
        int b = Math.min(y1, clipBottom - 1);
        for (int y = a, i = a * width + x; y <= b; y++, i += width) argb[i] = colour;
    }
}
