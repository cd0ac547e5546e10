package io.braingobrrr.app.viewer.render;

import java.util.List;

/**
 * How a page is drawn, in clinical units: sensitivity in µV per mm of screen, page length in seconds,
 * the screen's calibration (physical mm per pixel), polarity (negative up is the EEG convention) and the
 * user's colours.
 */
public record DisplaySettings(double sensitivityUvPerMm, double pageSeconds, double mmPerPixel, boolean negativeUp,
                              TracePalette palette) {
    public static final List<Double> SENSITIVITIES = List.of(1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 15.0, 20.0, 30.0, 50.0,
            70.0, 100.0, 150.0, 200.0, 300.0, 500.0, 700.0, 1000.0);
    public static final List<Double> PAGE_LENGTHS = List.of(5.0, 10.0, 15.0, 20.0, 30.0, 60.0);
    public static final double DEFAULT_SENSITIVITY = 7;
    public static final double DEFAULT_PAGE_SECONDS = 10;
    /** A common 96 dpi desktop monitor is about 0.26 mm per pixel; calibrate once per screen. */
    public static final double DEFAULT_MM_PER_PIXEL = 0.25;

    /** In the default colours. */
    public DisplaySettings(double sensitivityUvPerMm, double pageSeconds, double mmPerPixel, boolean negativeUp) {
        this(sensitivityUvPerMm, pageSeconds, mmPerPixel, negativeUp, TracePalette.DEFAULT);
    }

    public DisplaySettings {
        if (palette == null) throw new IllegalArgumentException("palette is required");
        if (!(sensitivityUvPerMm > 0) || Double.isInfinite(sensitivityUvPerMm)) {
            throw new IllegalArgumentException("sensitivity must be > 0 µV/mm, got " + sensitivityUvPerMm);
        }
        if (!(pageSeconds > 0) || Double.isInfinite(pageSeconds)) {
            throw new IllegalArgumentException("page length must be > 0 s, got " + pageSeconds);
        }
        if (!(mmPerPixel > 0) || mmPerPixel > 10) {
            throw new IllegalArgumentException("screen calibration must be in (0, 10] mm per pixel, got " + mmPerPixel);
        }
    }

    public static DisplaySettings defaults() {
        return new DisplaySettings(DEFAULT_SENSITIVITY, DEFAULT_PAGE_SECONDS, DEFAULT_MM_PER_PIXEL, true);
    }

    public DisplaySettings withSensitivity(double uvPerMm) {
        return new DisplaySettings(uvPerMm, pageSeconds, mmPerPixel, negativeUp, palette);
    }

    public DisplaySettings withPageSeconds(double seconds) {
        return new DisplaySettings(sensitivityUvPerMm, seconds, mmPerPixel, negativeUp, palette);
    }

    public DisplaySettings withNegativeUp(boolean up) {
        return new DisplaySettings(sensitivityUvPerMm, pageSeconds, mmPerPixel, up, palette);
    }

    public DisplaySettings withMmPerPixel(double mm) {
        return new DisplaySettings(sensitivityUvPerMm, pageSeconds, mm, negativeUp, palette);
    }

    public DisplaySettings withPalette(TracePalette p) {
        return new DisplaySettings(sensitivityUvPerMm, pageSeconds, mmPerPixel, negativeUp, p);
    }

    /** Screen pixels per µV: 1 / (µV/mm x mm/px). */
    public double pixelsPerMicrovolt() {
        return 1.0 / (sensitivityUvPerMm * mmPerPixel);
    }

    /** Paper speed the page corresponds to on this screen, mm/s, for a trace area {@code pixels} wide. */
    public double millimetresPerSecond(int pixels) {
        return pixels * mmPerPixel / pageSeconds;
    }

    /** The scale bar stands for 10 mm of paper: sensitivity x 10 µV (70 µV at 7 µV/mm). */
    public double scaleBarMicrovolts() {
        return sensitivityUvPerMm * 10;
    }
}
