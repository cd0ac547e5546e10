package io.braingobrrr.app.api;

import com.fasterxml.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Two small offscreen charts (AWT, headless): a hypnogram and per-channel power spectra, as PNG. */
final class Charts {
    /** Hypnogram rows top to bottom, as clinicians draw them. */
    static final List<String> STAGES = List.of("W", "R", "N1", "N2", "N3");
    static final Color INK = new Color(0x10, 0x18, 0x20);
    static final Color REM = new Color(0xC6, 0x28, 0x28);
    private static final int LEFT = 60;
    private static final int TOP = 20;
    private static final int MARGIN = 30;

    private Charts() {
    }

    /** From a sleep result's {@code epochs[] {onset_s, stage}}: one step line, REM drawn red. */
    static byte[] hypnogram(JsonNode sleep, int width, int height) {
        JsonNode epochs = sleep.path("epochs");
        BufferedImage img = canvas(width, height);
        Graphics2D g = graphics(img);
        int plotW = width - LEFT - MARGIN, plotH = height - TOP - MARGIN;
        for (int i = 0; i < STAGES.size(); i++) {
            int y = TOP + (int) Math.round((i + 0.5) * plotH / STAGES.size());
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(INK);
            g.drawString(STAGES.get(i), 10, y + 5);
        }
        int n = epochs.size();
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < n; i++) {
            int row = STAGES.indexOf(epochs.get(i).path("stage").asText());
            if (row < 0) continue;
            int x0 = LEFT + (int) ((long) i * plotW / n), x1 = LEFT + (int) ((long) (i + 1) * plotW / n);
            int y = TOP + (int) Math.round((row + 0.5) * plotH / STAGES.size());
            g.setColor(row == 1 ? REM : INK);
            g.drawLine(x0, y, x1, y);
            if (i + 1 < n) {
                int next = STAGES.indexOf(epochs.get(i + 1).path("stage").asText());
                if (next >= 0) g.drawLine(x1, y, x1, TOP + (int) Math.round((next + 0.5) * plotH / STAGES.size()));
            }
        }
        g.setColor(INK);
        g.drawString(String.format(Locale.ROOT, "%d epochs of 30 s", n), LEFT, height - 8);
        return png(img);
    }

    /** From a spectral result's {@code channels[] {label, psd_step_hz, psd}}: log10 power 0-40 Hz, one line a channel. */
    static byte[] spectra(JsonNode spectral, int width, int height) {
        JsonNode channels = spectral.path("channels");
        BufferedImage img = canvas(width, height);
        Graphics2D g = graphics(img);
        int plotW = width - LEFT - MARGIN, plotH = height - TOP - MARGIN;
        double maxHz = 40, lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (JsonNode c : channels) {
            double step = c.path("psd_step_hz").asDouble();
            for (int k = 1; k < c.path("psd").size() && k * step <= maxHz; k++) {
                double v = c.path("psd").get(k).asDouble();
                if (v > 0) {
                    lo = Math.min(lo, Math.log10(v));
                    hi = Math.max(hi, Math.log10(v));
                }
            }
        }
        g.setColor(INK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        for (int hz = 0; hz <= maxHz; hz += 10) g.drawString(hz + " Hz", LEFT + (int) (hz / maxHz * plotW) - 10, height - 8);
        if (lo > hi) {
            g.drawString("no spectra in this result", LEFT + 10, TOP + 20);
            return png(img);
        }
        double range = Math.max(hi - lo, 1e-9);
        g.setColor(new Color(0x2E, 0x6B, 0xB0, 140));
        for (JsonNode c : channels) {
            double step = c.path("psd_step_hz").asDouble();
            int px = -1, py = -1;
            for (int k = 1; k < c.path("psd").size() && k * step <= maxHz; k++) {
                double v = c.path("psd").get(k).asDouble();
                if (!(v > 0)) continue;
                int x = LEFT + (int) (k * step / maxHz * plotW);
                int y = TOP + (int) ((hi - Math.log10(v)) / range * plotH);
                if (px >= 0) g.drawLine(px, py, x, y);
                px = x;
                py = y;
            }
        }
        g.setColor(INK);
        g.drawString(String.format(Locale.ROOT, "log10 power, %d channels", channels.size()), LEFT + 8, TOP + 16);
        return png(img);
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
