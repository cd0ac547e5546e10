package io.braingobrrr.app.viewer.render;

import io.braingobrrr.app.report.Times;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A page drawn completely: the traces by {@link TraceRenderer} straight into the image's own int[]
 * pixels, then channel labels, clock and elapsed time, units, annotation texts and the scale bar's value
 * as text (Java2D works headless, so the screenshot command needs no JavaFX scene). The viewer shows
 * the same pixels through a PixelWriter.
 */
public final class PageImage {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final BufferedImage image;
    private final int[] pixels;
    private final TraceRenderer renderer = new TraceRenderer();
    private TraceLayout layout;

    public PageImage(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** ARGB pixels, row by row (opaque, so also valid as premultiplied ARGB). */
    public int[] pixels() {
        return pixels;
    }

    public TraceLayout layout() {
        return layout;
    }

    /** Traces only: what a page flip costs without text. */
    public TraceLayout drawTraces(TracePage page, DisplaySettings settings) {
        layout = renderer.render(page, settings, pixels, width(), height());
        return layout;
    }

    /** Traces and all text. */
    public TraceLayout draw(TracePage page, DisplaySettings settings) {
        drawTraces(page, settings);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FONT);
            FontMetrics fm = g.getFontMetrics();
            g.setColor(new Color(settings.palette().trace(), true));
            for (int k = 0; k < page.channelCount(); k++) {
                String label = page.labels().get(k);
                int x = Math.max(2, TraceLayout.LABEL_WIDTH - 6 - fm.stringWidth(label));
                g.drawString(label, x, layout.baselines()[k] + fm.getAscent() / 2 - 1);
            }
            String clock = page.recordingStart() == null ? ""
                    : CLOCK.format(page.recordingStart().plusNanos((long) (page.fromSeconds() * 1e9))) + "   ";
            g.drawString(clock + "+" + Times.clock(page.fromSeconds()) + "   "
                    + fmt(settings.sensitivityUvPerMm()) + " µV/mm   " + fmt(page.seconds()) + " s/page ("
                    + fmt(settings.millimetresPerSecond(layout.traceWidth())) + " mm/s)"
                    + (settings.negativeUp() ? "" : "   positive up"), 4, fm.getAscent() + 2);
            g.setColor(new Color(TraceRenderer.MARK, true));
            for (TracePage.Mark m : page.marks()) {
                double into = m.onsetSeconds() - page.fromSeconds();
                if (into < 0 || into >= page.seconds()) continue;
                g.drawString(m.text(), layout.column(into, page.seconds()) + 3, layout.top() + fm.getAscent());
            }
            g.setColor(new Color(settings.palette().trace(), true));
            for (AxisLabel a : timeAxis(page, layout)) {
                int half = Math.max(fm.stringWidth(a.clock()), fm.stringWidth(a.elapsed())) / 2;
                int x = Math.max(layout.traceLeft(), Math.min(a.x() - half, layout.traceLeft() + layout.traceWidth() - 2 * half));
                g.drawString(a.clock(), x, layout.height() - TraceLayout.FOOTER_HEIGHT + fm.getAscent() + 1);
                g.drawString(a.elapsed(), x, layout.height() - 2);
            }
            g.setColor(new Color(TraceRenderer.SCALE_BAR, true));
            g.drawString(fmt(settings.scaleBarMicrovolts()) + " µV", layout.scaleBarX() - 10,
                    layout.scaleBarBottom() - layout.scaleBarPixels() - 4);
        } finally {
            g.dispose();
        }
        return layout;
    }

    /** A labelled second of the time axis: its pixel column, clock time (empty without a start time) and elapsed time. */
    public record AxisLabel(int x, String clock, String elapsed) {
    }

    /** Steps between labelled seconds, the first that leaves at least {@link #MIN_LABEL_SPACING} pixels. */
    private static final int[] AXIS_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600};
    static final int MIN_LABEL_SPACING = 100;      // "16:00:17" is about 50 px at 11 px: room to read both lines

    /** The time axis: whole recording seconds (a multiple of the step) within the page, where they fall. */
    public static java.util.List<AxisLabel> timeAxis(TracePage page, TraceLayout layout) {
        int step = AXIS_STEPS[AXIS_STEPS.length - 1];
        for (int s : AXIS_STEPS) {
            if (s / page.seconds() * layout.traceWidth() >= MIN_LABEL_SPACING) {
                step = s;
                break;
            }
        }
        java.util.List<AxisLabel> out = new java.util.ArrayList<>();
        for (long t = (long) Math.ceil(page.fromSeconds() / step - 1e-9) * step; t < page.fromSeconds() + page.seconds() - 1e-9; t += step) {
            String clock = page.recordingStart() == null ? "" : CLOCK.format(page.recordingStart().plusSeconds(t));
            out.add(new AxisLabel(layout.column(t - page.fromSeconds(), page.seconds()), clock, "+" + Times.clock(t)));
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The image as PNG bytes (the API sends them without a temporary file). */
    public byte[] png() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this JVM");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public void writePng(Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer in this JVM");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
