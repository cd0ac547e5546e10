package io.braingobrrr.app.reporting.pdf;

import io.braingobrrr.analysis.pipeline.SleepSection;
import io.braingobrrr.analysis.spectral.SpectralSummary;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Vector charts: the hypnogram and the power spectra (lines and text, no bitmaps, so prints stay sharp). */
final class PdfCharts {
    static final Color[] SERIES = {new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c),
        new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e), new Color(0x17, 0xbe, 0xcf), new Color(0x8c, 0x56, 0x4b),
        new Color(0x7f, 0x7f, 0x7f)};
    /** Hypnogram rows top to bottom, as sleep labs draw them. */
    private static final List<String> ROWS = List.of("W", "R", "N1", "N2", "N3");
    private static final Color REM = new Color(0xc0, 0x39, 0x2b);

    private PdfCharts() {
    }

    /** The staged night as a step line, wake at the top, REM epochs drawn thicker in red; x in hours. */
    static void hypnogram(PDPageContentStream cs, PDFont font, SleepSection sleep, float x, float y, float w, float h)
            throws IOException {
        float left = x + 28;
        float plotW = w - 28;
        float rowH = h / ROWS.size();
        List<SleepSection.StagedEpoch> epochs = sleep.epochs();
        double total = epochs.isEmpty() ? 30 : epochs.get(epochs.size() - 1).onsetS() + 30 - epochs.get(0).onsetS();
        double t0 = epochs.isEmpty() ? 0 : epochs.get(0).onsetS();
        for (int r = 0; r < ROWS.size(); r++) {
            float ry = y + h - (r + 0.5f) * rowH;
            PdfLayout.text(cs, font, 8, x, ry - 3, ROWS.get(r), PdfLayout.MUTED);
            grid(cs, left, ry, left + plotW, ry);
        }
        axisTime(cs, font, left, y, plotW, total);
        cs.setStrokingColor(PdfLayout.INK);
        cs.setLineWidth(0.9f);
        boolean started = false;
        for (SleepSection.StagedEpoch e : epochs) {
            int row = rowOf(e.stage());
            if (row < 0) continue;
            float ex0 = left + (float) ((e.onsetS() - t0) / total * plotW);
            float ex1 = left + (float) ((e.onsetS() + 30 - t0) / total * plotW);
            float ey = y + h - (row + 0.5f) * rowH;
            if (!started) cs.moveTo(ex0, ey);
            else cs.lineTo(ex0, ey);
            cs.lineTo(ex1, ey);
            started = true;
        }
        if (started) cs.stroke();
        if (epochs.stream().noneMatch(e -> "R".equals(e.stage()))) return;
        cs.setStrokingColor(REM);
        cs.setLineWidth(3f);
        for (SleepSection.StagedEpoch e : epochs) {
            if (!"R".equals(e.stage())) continue;
            float ex0 = left + (float) ((e.onsetS() - t0) / total * plotW);
            float ex1 = left + (float) ((e.onsetS() + 30 - t0) / total * plotW);
            float ey = y + h - 1.5f * rowH;
            cs.moveTo(ex0, ey);
            cs.lineTo(ex1, ey);
        }
        cs.stroke();
    }

    private static int rowOf(String stage) {
        return switch (stage) {
            case "W" -> 0;
            case "R", "REM" -> 1;
            case "N1" -> 2;
            case "N2" -> 3;
            case "N3" -> 4;
            default -> -1;
        };
    }

    private static void axisTime(PDPageContentStream cs, PDFont font, float left, float y, float w, double totalS) throws IOException {
        double stepS = totalS <= 1800 ? 300 : totalS <= 4 * 3600 ? 1800 : 3600;
        for (double t = 0; t <= totalS + 1e-6; t += stepS) {
            float tx = left + (float) (t / totalS * w);
            String label = stepS < 3600 ? String.format(Locale.ROOT, "%d min", Math.round(t / 60)) : String.format(Locale.ROOT, "%.0f h", t / 3600);
            PdfLayout.text(cs, font, 7, tx - 8, y - 10, label, PdfLayout.MUTED);
            grid(cs, tx, y, tx, y + 3);
        }
    }

    /** Log-power spectra 0-40 Hz of up to {@link #SERIES} channels with a legend. */
    static void spectra(PDPageContentStream cs, PDFont font, List<SpectralSummary.ChannelSpectrum> channels,
                        float x, float y, float w, float h) throws IOException {
        float left = x + 34;
        float bottom = y + 14;
        float plotW = w - 34 - 90;
        float plotH = h - 14;
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (SpectralSummary.ChannelSpectrum c : channels) {
            for (int i = 1; i < c.psd().length; i++) {
                if (c.psd()[i] > 0) {
                    double v = Math.log10(c.psd()[i]);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) return;
        lo = Math.floor(lo);
        hi = Math.ceil(hi);
        for (double d = lo; d <= hi; d++) {
            float gy = bottom + (float) ((d - lo) / (hi - lo) * plotH);
            grid(cs, left, gy, left + plotW, gy);
            PdfLayout.text(cs, font, 7, x, gy - 2.5f, "1e" + (int) d, PdfLayout.MUTED);
        }
        for (int hz = 0; hz <= 40; hz += 5) {
            float gx = left + hz / 40f * plotW;
            grid(cs, gx, bottom, gx, bottom + plotH);
            PdfLayout.text(cs, font, 7, gx - 4, y + 3, hz + (hz == 40 ? " Hz" : ""), PdfLayout.MUTED);
        }
        for (int k = 0; k < channels.size(); k++) {
            SpectralSummary.ChannelSpectrum c = channels.get(k);
            cs.setStrokingColor(SERIES[k % SERIES.length]);
            cs.setLineWidth(0.8f);
            boolean started = false;
            for (int i = 1; i < c.psd().length; i++) {
                double hz = i * c.psdStepHz();
                if (hz > 40 || !(c.psd()[i] > 0)) continue;
                float px = left + (float) (hz / 40 * plotW);
                float py = bottom + (float) ((Math.log10(c.psd()[i]) - lo) / (hi - lo) * plotH);
                if (started) cs.lineTo(px, py);
                else cs.moveTo(px, py);
                started = true;
            }
            if (started) cs.stroke();
            float ly = bottom + plotH - 10 - k * 11;
            cs.setLineWidth(2f);
            cs.moveTo(left + plotW + 10, ly + 3);
            cs.lineTo(left + plotW + 24, ly + 3);
            cs.stroke();
            PdfLayout.text(cs, font, 8, left + plotW + 28, ly, PdfLayout.fit(c.label(), font, 8, 60), PdfLayout.INK);
        }
        PdfLayout.text(cs, font, 7, left, bottom + plotH + 4, "power spectral density, " + channels.get(0).unit() + "/Hz (log scale)", PdfLayout.MUTED);
    }

    static void grid(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.setStrokingColor(PdfLayout.RULE);
        cs.setLineWidth(0.4f);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }
}
