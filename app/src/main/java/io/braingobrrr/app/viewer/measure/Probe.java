package io.braingobrrr.app.viewer.measure;

import io.braingobrrr.app.viewer.render.TraceLayout;
import io.braingobrrr.app.viewer.render.TracePage;

import java.util.Optional;

/**
 * Reads values off a drawn page: which channel and time a pixel stands for, and the trace's value there.
 * It uses the page's own values (montage and filters applied), so a measurement says what the reader sees,
 * and the same column rule as the renderer (column c of W holds samples [c n / W, (c + 1) n / W)).
 */
public final class Probe {
    private Probe() {
    }

    /** Two points and what lies between them. */
    public record Measurement(PagePoint from, PagePoint to) {
        public double deltaSeconds() {
            return to.seconds() - from.seconds();
        }

        public double deltaMicrovolts() {
            return to.microvolts() - from.microvolts();
        }

        /** 1 / |Δt|: the frequency of a wave whose period was marked; NaN for Δt 0. */
        public double frequencyHz() {
            double dt = Math.abs(deltaSeconds());
            return dt > 0 ? 1 / dt : Double.NaN;
        }
    }

    /** The channel whose baseline is nearest to {@code y}, at the time of column {@code x}; empty outside the traces. */
    public static Optional<PagePoint> at(TracePage page, TraceLayout layout, double x, double y) {
        if (page == null || layout == null || page.channelCount() == 0) return Optional.empty();
        if (x < layout.traceLeft() || x >= layout.traceLeft() + layout.traceWidth() || y < layout.top()) return Optional.empty();
        int best = 0;
        for (int k = 1; k < layout.baselines().length; k++) {
            if (Math.abs(layout.baselines()[k] - y) < Math.abs(layout.baselines()[best] - y)) best = k;
        }
        return Optional.of(onChannel(page, layout, best, x));
    }

    /** Channel {@code channel} at the time of column {@code x} (clamped to the trace area). */
    public static PagePoint onChannel(TracePage page, TraceLayout layout, int channel, double x) {
        double fraction = (x - layout.traceLeft()) / layout.traceWidth();
        fraction = Math.max(0, Math.min(fraction, Math.nextDown(1.0)));
        float[] v = page.values()[channel];
        int i = (int) Math.floor(fraction * v.length);
        // The sample's own time, so a marked wave's Δt is a whole number of sample periods.
        double seconds = page.fromSeconds() + (v.length == 0 ? fraction * page.seconds() : (double) i / v.length * page.seconds());
        double uv = v.length == 0 ? Double.NaN : v[i];
        return new PagePoint(channel, page.labels().get(channel), seconds, uv);
    }

    /** The time at column {@code x}, clamped to the page (for annotations placed by a click). */
    public static double secondsAt(TracePage page, TraceLayout layout, double x) {
        double fraction = Math.max(0, Math.min(1, (x - layout.traceLeft()) / layout.traceWidth()));
        return page.fromSeconds() + fraction * page.seconds();
    }
}
