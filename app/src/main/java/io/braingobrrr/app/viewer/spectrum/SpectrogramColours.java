package io.braingobrrr.app.viewer.spectrum;

import java.util.Arrays;

/** Turns a spectrogram's dB values into opaque ARGB pixels: time left to right, low frequencies at the bottom. */
public final class SpectrogramColours {
    private SpectrogramColours() {
    }

    /** Pixels of a columns x bins image, scaled between the 2nd and 98th percentile so one artefact does not wash it out. */
    public static int[] pixels(SpectrumMath.Spectrogram s) {
        int w = s.columns();
        int h = s.bins();
        float[] all = new float[w * h];
        for (int c = 0; c < w; c++) System.arraycopy(s.decibels()[c], 0, all, c * h, h);
        float[] sorted = all.clone();
        Arrays.sort(sorted);
        float lo = sorted.length == 0 ? 0 : sorted[(int) (0.02 * (sorted.length - 1))];
        float hi = sorted.length == 0 ? 1 : sorted[(int) (0.98 * (sorted.length - 1))];
        float range = Math.max(1e-6f, hi - lo);
        int[] px = new int[w * h];
        for (int c = 0; c < w; c++) {
            for (int k = 0; k < h; k++) {
                double v = Math.max(0, Math.min(1, (s.decibels()[c][k] - lo) / range));
                px[(h - 1 - k) * w + c] = colour(v);
            }
        }
        return px;
    }

    /** A dark-blue to yellow ramp (perceptually ordered, readable in both themes). */
    static int colour(double v) {
        int r = (int) Math.round(255 * clamp(1.6 * v - 0.4));
        int g = (int) Math.round(255 * clamp(v * v * 0.9 + 0.1 * v));
        int b = (int) Math.round(255 * clamp(0.35 + 0.9 * v - 1.2 * v * v));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
