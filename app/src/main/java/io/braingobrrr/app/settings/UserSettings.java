package io.braingobrrr.app.settings;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.TracePalette;
import io.braingobrrr.core.montage.StandardMontages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One user's display preferences with their defaults (ACNS filters, 7 µV/mm, 10 s pages, light theme,
 * dark traces on white).
 * Stored as name/value text by core's UserSettingsService; a stored value that no longer makes sense falls
 * back to its default and is reported, so a bad row never keeps the workstation from starting.
 */
public record UserSettings(String montage, double lffHz, double hffHz, double notchHz, double sensitivity,
                           double pageSeconds, double mmPerPixel, Theme theme, TracePalette palette) {
    public enum Theme {
        LIGHT, DARK;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final UserSettings DEFAULTS = new UserSettings(StandardMontages.AS_RECORDED,
            DisplayFilter.Settings.ACNS_DEFAULT.lffHz(), DisplayFilter.Settings.ACNS_DEFAULT.hffHz(),
            DisplayFilter.Settings.ACNS_DEFAULT.notchHz(), DisplaySettings.DEFAULT_SENSITIVITY,
            DisplaySettings.DEFAULT_PAGE_SECONDS, DisplaySettings.DEFAULT_MM_PER_PIXEL, Theme.LIGHT, TracePalette.DEFAULT);

    /** Settings and the problems met reading them. */
    public record Loaded(UserSettings settings, List<String> problems) {
    }

    /** In the default trace colours. */
    public UserSettings(String montage, double lffHz, double hffHz, double notchHz, double sensitivity,
                        double pageSeconds, double mmPerPixel, Theme theme) {
        this(montage, lffHz, hffHz, notchHz, sensitivity, pageSeconds, mmPerPixel, theme, TracePalette.DEFAULT);
    }

    public UserSettings {
        if (palette == null) throw new IllegalArgumentException("trace colours are missing");
        if (!(mmPerPixel > 0) || mmPerPixel > 10) throw new IllegalArgumentException("screen calibration must be in (0, 10] mm per pixel, got " + mmPerPixel);
        if (!DisplaySettings.SENSITIVITIES.contains(sensitivity)) throw new IllegalArgumentException("sensitivity " + sensitivity + " µV/mm is not one of " + DisplaySettings.SENSITIVITIES);
        if (!DisplaySettings.PAGE_LENGTHS.contains(pageSeconds)) throw new IllegalArgumentException("page length " + pageSeconds + " s is not one of " + DisplaySettings.PAGE_LENGTHS);
        if (montage == null || montage.isBlank()) throw new IllegalArgumentException("default montage is empty");
        if (lffHz < 0 || hffHz < 0 || notchHz < 0) throw new IllegalArgumentException("filter frequencies cannot be negative");
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("montage", montage);
        m.put("lff_hz", Double.toString(lffHz));
        m.put("hff_hz", Double.toString(hffHz));
        m.put("notch_hz", Double.toString(notchHz));
        m.put("sensitivity_uv_mm", Double.toString(sensitivity));
        m.put("page_s", Double.toString(pageSeconds));
        m.put("mm_per_pixel", Double.toString(mmPerPixel));
        m.put("theme", theme.key());
        m.put("trace_colour", TracePalette.hex(palette.trace()));
        m.put("background_colour", TracePalette.hex(palette.background()));
        m.put("grid_colour", TracePalette.hex(palette.grid()));
        return m;
    }

    /** Reads stored values over the defaults, one at a time, so one bad value costs only itself. */
    public static Loaded fromMap(Map<String, String> stored) {
        List<String> problems = new ArrayList<>();
        UserSettings s = DEFAULTS;
        for (Map.Entry<String, String> e : stored.entrySet()) {
            try {
                s = s.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                problems.add("setting " + e.getKey() + " = '" + e.getValue() + "' ignored: " + ex.getMessage());
            }
        }
        return new Loaded(s, problems);
    }

    private UserSettings with(String name, String value) {
        return switch (name) {
            case "montage" -> new UserSettings(value, lffHz, hffHz, notchHz, sensitivity, pageSeconds, mmPerPixel, theme, palette);
            case "lff_hz" -> new UserSettings(montage, number(value), hffHz, notchHz, sensitivity, pageSeconds, mmPerPixel, theme, palette);
            case "hff_hz" -> new UserSettings(montage, lffHz, number(value), notchHz, sensitivity, pageSeconds, mmPerPixel, theme, palette);
            case "notch_hz" -> new UserSettings(montage, lffHz, hffHz, number(value), sensitivity, pageSeconds, mmPerPixel, theme, palette);
            case "sensitivity_uv_mm" -> new UserSettings(montage, lffHz, hffHz, notchHz, number(value), pageSeconds, mmPerPixel, theme, palette);
            case "page_s" -> new UserSettings(montage, lffHz, hffHz, notchHz, sensitivity, number(value), mmPerPixel, theme, palette);
            case "mm_per_pixel" -> new UserSettings(montage, lffHz, hffHz, notchHz, sensitivity, pageSeconds, number(value), theme, palette);
            case "theme" -> new UserSettings(montage, lffHz, hffHz, notchHz, sensitivity, pageSeconds, mmPerPixel, theme(value), palette);
            case "trace_colour" -> withPalette(palette.withTrace(TracePalette.parse("trace colour", value)));
            case "background_colour" -> withPalette(palette.withBackground(TracePalette.parse("background colour", value)));
            case "grid_colour" -> withPalette(palette.withGrid(TracePalette.parse("grid colour", value)));
            default -> throw new IllegalArgumentException("unknown setting");
        };
    }

    public UserSettings withPalette(TracePalette p) {
        return new UserSettings(montage, lffHz, hffHz, notchHz, sensitivity, pageSeconds, mmPerPixel, theme, p);
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private static Theme theme(String value) {
        for (Theme t : Theme.values()) if (t.key().equalsIgnoreCase(value)) return t;
        throw new IllegalArgumentException("no such theme (light, dark)");
    }
}
