package io.braingobrrr.app.viewer.render;

/**
 * Where things go on a page image: a label column on the left, a header line for the clock on top, the
 * trace area below it with one baseline per channel, the time axis (clock and elapsed) in a footer, and
 * the scale bar at the right edge.
 *
 * @param traceLeft   first pixel column of the trace area (the page's time 0)
 * @param traceWidth  pixel columns of the trace area (the whole page length)
 * @param top         first pixel row of the trace area
 * @param baselines   pixel row of each channel's zero line
 */
public record TraceLayout(int width, int height, int traceLeft, int traceWidth, int top, int[] baselines,
                          int scaleBarX, int scaleBarBottom, int scaleBarPixels) {
    public static final int LABEL_WIDTH = 80;
    public static final int HEADER_HEIGHT = 18;
    /** Two text lines under the traces: clock time and elapsed time of the labelled seconds. */
    public static final int FOOTER_HEIGHT = 26;
    /** Room right of the traces for the scale bar and its value. */
    public static final int SCALE_WIDTH = 56;

    public static TraceLayout of(int width, int height, int channels, DisplaySettings settings) {
        if (width < LABEL_WIDTH + SCALE_WIDTH + 16 || height < HEADER_HEIGHT + FOOTER_HEIGHT + 16) {
            throw new IllegalArgumentException("page image too small: " + width + " x " + height + " pixels");
        }
        int traceWidth = width - LABEL_WIDTH - SCALE_WIDTH;
        int[] baselines = new int[channels];
        double band = (double) (height - HEADER_HEIGHT - FOOTER_HEIGHT) / Math.max(1, channels);
        for (int k = 0; k < channels; k++) baselines[k] = HEADER_HEIGHT + (int) Math.floor((k + 0.5) * band);
        int barPixels = (int) Math.round(settings.scaleBarMicrovolts() * settings.pixelsPerMicrovolt());
        return new TraceLayout(width, height, LABEL_WIDTH, traceWidth, HEADER_HEIGHT, baselines,
                LABEL_WIDTH + traceWidth + 12, height - 8, barPixels);
    }

    /** Pixel column of {@code seconds} into the page. */
    public int column(double secondsIntoPage, double pageSeconds) {
        return traceLeft + (int) Math.floor(secondsIntoPage / pageSeconds * traceWidth);
    }
}
