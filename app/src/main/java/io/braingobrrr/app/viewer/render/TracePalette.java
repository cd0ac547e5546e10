package io.braingobrrr.app.viewer.render;

import java.util.Locale;

/**
 * The colours a page is drawn in, as opaque ARGB ints (no toolkit colour type: the renderer stays plain
 * Java). The half-second grid is not chosen by users: it is derived halfway between grid and background,
 * except for the default palette, which keeps its tuned shade.
 */
public record TracePalette(int background, int trace, int grid, int halfGrid) {
    public static final TracePalette DEFAULT = new TracePalette(TraceRenderer.BACKGROUND, TraceRenderer.TRACE,
            TraceRenderer.GRID, TraceRenderer.HALF_GRID);

    /** A palette from the three chosen colours (alpha forced opaque: the pixel buffer is shown as opaque ARGB). */
    public static TracePalette of(int background, int trace, int grid) {
        int bg = background | 0xFF000000;
        int g = grid | 0xFF000000;
        int half = bg == DEFAULT.background && g == DEFAULT.grid ? DEFAULT.halfGrid : midpoint(bg, g);
        return new TracePalette(bg, trace | 0xFF000000, g, half);
    }

    public TracePalette withBackground(int argb) {
        return of(argb, trace, grid);
    }

    public TracePalette withTrace(int argb) {
        return of(background, argb, grid);
    }

    public TracePalette withGrid(int argb) {
        return of(background, trace, argb);
    }

    /** "#rrggbb" (lower case), as stored in the user's settings. */
    public static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** Parses "#rrggbb"; the message names {@code what} and the text when it is not such a colour. */
    public static int parse(String what, String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() != 7 || t.charAt(0) != '#') {
            throw new IllegalArgumentException(what + " '" + text + "' is not a colour like #101820");
        }
        try {
            return 0xFF000000 | Integer.parseInt(t.substring(1), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a colour like #101820");
        }
    }

    private static int midpoint(int a, int b) {
        int r = (((a >> 16) & 0xFF) + ((b >> 16) & 0xFF)) / 2;
        int g = (((a >> 8) & 0xFF) + ((b >> 8) & 0xFF)) / 2;
        int bl = ((a & 0xFF) + (b & 0xFF)) / 2;
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
