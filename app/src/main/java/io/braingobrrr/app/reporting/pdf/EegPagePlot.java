package io.braingobrrr.app.reporting.pdf;

import io.braingobrrr.app.viewer.render.TracePage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * One EEG page as vector traces: each channel a polyline at one common paper sensitivity (µV per mm, a
 * standard step chosen so the typical channel fits its row), second grid lines, annotation marks. A channel
 * far too large for it (ECG, EMG in a PSG) is scaled to fit and its own sensitivity printed next to its
 * label, so it neither floods its neighbours nor pretends to the common scale.
 */
final class EegPagePlot {
    static final double UV_PER_MM = 7;
    private static final double[] STEPS = {5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200};
    private static final float PT_PER_MM = 72f / 25.4f;
    static final java.time.format.DateTimeFormatter HMS = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Color TRACE = new Color(0x10, 0x18, 0x30);
    private static final Color MARK = new Color(0x1f, 0x77, 0xb4);

    private EegPagePlot() {
    }

    /**
     * Draws the page and returns the common sensitivity used (µV/mm): the smallest standard step at which
     * the typical channel fits its row.
     */
    static double draw(PDPageContentStream cs, PDFont font, TracePage page, float x, float y, float w, float h) throws IOException {
        float labelW = 100;
        float left = x + labelW;
        float plotW = w - labelW;
        int n = page.channelCount();
        if (n == 0) return UV_PER_MM;
        float spacing = (h - 14) / n;
        float top = y + h;
        int tick = page.seconds() <= 12 ? 1 : page.seconds() <= 30 ? 5 : 10;
        for (int s = 0; s <= (int) Math.floor(page.seconds()); s++) {
            float gx = left + (float) (s / page.seconds() * plotW);
            PdfCharts.grid(cs, gx, y + 14, gx, top);
            if (s < page.seconds() && s % tick == 0) {
                PdfLayout.text(cs, font, 7, gx + 1.5f, y + 4, clock(page, s), PdfLayout.MUTED);
            }
        }
        double[] p98 = new double[n];
        for (int c = 0; c < n; c++) p98[c] = percentileAbs(page.values()[c], 0.98);
        double common = commonSensitivity(p98, spacing);
        for (int c = 0; c < n; c++) {
            float mid = top - (c + 0.5f) * spacing;
            double uvPerPt = common / PT_PER_MM;
            String label = page.labels().get(c);
            // A channel of another kind (ECG, EMG, respiration) would flood its neighbours: it gets its own scale, printed.
            if (p98[c] / uvPerPt > spacing * 1.2) {
                uvPerPt = p98[c] / (spacing * 0.45);
                label += String.format(Locale.ROOT, " (%.0f µV/mm)", uvPerPt * PT_PER_MM);
            }
            PdfLayout.text(cs, font, 7, x, mid - 2.5f, PdfLayout.fit(label, font, 7, labelW - 4), PdfLayout.INK);
            polyline(cs, page.values()[c], left, plotW, mid, uvPerPt, spacing);
        }
        for (TracePage.Mark m : page.marks()) {
            float mx = left + (float) ((m.onsetSeconds() - page.fromSeconds()) / page.seconds() * plotW);
            cs.setStrokingColor(MARK);
            cs.setLineWidth(0.6f);
            cs.moveTo(mx, y + 14);
            cs.lineTo(mx, top);
            cs.stroke();
            PdfLayout.text(cs, font, 7, mx + 2, top - 8, PdfLayout.fit(m.text(), font, 7, 120), MARK);
        }
        return common;
    }

    /** The smallest of the usual paper sensitivities at which the median channel's 98th percentile fits 0.6 of a row. */
    static double commonSensitivity(double[] p98, float spacingPt) {
        double[] sorted = p98.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        for (double s : STEPS) {
            if (median / (s / PT_PER_MM) <= spacingPt * 0.6) return s;
        }
        return STEPS[STEPS.length - 1];
    }

    /** Min/max per 0.5 pt column: the polyline keeps every peak at a size a printer can resolve. */
    private static void polyline(PDPageContentStream cs, float[] v, float left, float plotW, float mid, double uvPerPt,
                                 float spacing) throws IOException {
        int columns = Math.max(1, (int) (plotW * 2));
        float limit = spacing * 0.95f;
        cs.setStrokingColor(TRACE);
        cs.setLineWidth(0.35f);
        boolean started = false;
        for (int col = 0; col < columns; col++) {
            int a = (int) ((long) col * v.length / columns);
            int b = (int) ((long) (col + 1) * v.length / columns);
            if (b <= a) continue;
            float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
            for (int i = a; i < b; i++) {
                if (Float.isNaN(v[i])) continue;
                lo = Math.min(lo, v[i]);
                hi = Math.max(hi, v[i]);
            }
            if (lo > hi) {
                started = false;
                continue;
            }
            float px = left + (col + 0.5f) * plotW / columns;
            // Positive up is the convention for the printed page (negative up is a viewer setting, not stored here).
            float y1 = mid + clamp((float) (lo / uvPerPt), limit);
            float y2 = mid + clamp((float) (hi / uvPerPt), limit);
            if (started) cs.lineTo(px, y1);
            else cs.moveTo(px, y1);
            if (y2 != y1) cs.lineTo(px, y2);
            started = true;
        }
        cs.stroke();
    }

    private static float clamp(float d, float limit) {
        return Math.max(-limit, Math.min(limit, d));
    }

    private static double percentileAbs(float[] v, double q) {
        float[] a = new float[v.length];
        int n = 0;
        for (float f : v) if (!Float.isNaN(f)) a[n++] = Math.abs(f);
        if (n == 0) return 0;
        Arrays.sort(a, 0, n);
        return a[Math.min(n - 1, (int) (q * n))];
    }

    private static String clock(TracePage page, int s) {
        double t = page.fromSeconds() + s;
        if (page.recordingStart() != null) {
            return page.recordingStart().plusNanos((long) (t * 1e9)).toLocalTime().format(HMS);
        }
        return String.format(Locale.ROOT, "%.0f s", t);
    }
}
