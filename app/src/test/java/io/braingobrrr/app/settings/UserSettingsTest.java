package io.braingobrrr.app.settings;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserSettingsTest {
    @Test
    void defaultsAreTheAcnsAndClinicalOnes() {
        UserSettings d = UserSettings.DEFAULTS;
        assertEquals(1.0, d.lffHz());
        assertEquals(70.0, d.hffHz());
        assertEquals(0.0, d.notchHz());
        assertEquals(7.0, d.sensitivity());
        assertEquals(10.0, d.pageSeconds());
        assertEquals(UserSettings.Theme.LIGHT, d.theme());
    }

    @Test
    void storedValuesReadBackAndBadOnesFallBackNamingThemselves() {
        UserSettings s = new UserSettings("double-banana", 0.5, 35, 50, 15, 30, 0.21, UserSettings.Theme.DARK);
        assertEquals(s, UserSettings.fromMap(s.toMap()).settings());

        UserSettings.Loaded loaded = UserSettings.fromMap(Map.of("theme", "purple", "sensitivity_uv_mm", "8",
                "page_s", "x", "mm_per_pixel", "0.3", "colour", "red"));
        assertEquals(UserSettings.Theme.LIGHT, loaded.settings().theme());
        assertEquals(7.0, loaded.settings().sensitivity());
        assertEquals(0.3, loaded.settings().mmPerPixel());
        assertEquals(4, loaded.problems().size(), loaded.problems().toString());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("theme = 'purple'") && p.contains("light, dark")));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("sensitivity_uv_mm = '8'")));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("page_s = 'x'") && p.contains("not a number")));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("colour") && p.contains("unknown setting")));
    }

    @Test
    void calibrationOutOfRangeIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new UserSettings("average", 1, 70, 0, 7, 10, 0, UserSettings.Theme.LIGHT)).getMessage().contains("mm per pixel"));
    }

    @Test
    void traceColoursReadBackAndABadOneFallsBackNamingItself() {
        UserSettings s = UserSettings.DEFAULTS.withPalette(
                io.braingobrrr.app.viewer.render.TracePalette.of(0xFF000000, 0xFF33FF66, 0xFF404040));
        assertEquals("#33ff66", s.toMap().get("trace_colour"));
        assertEquals(s, UserSettings.fromMap(s.toMap()).settings());

        UserSettings.Loaded loaded = UserSettings.fromMap(Map.of("grid_colour", "#12345", "trace_colour", "#0055aa"));
        assertEquals(0xFF0055AA, loaded.settings().palette().trace());
        assertEquals(UserSettings.DEFAULTS.palette().grid(), loaded.settings().palette().grid());
        assertEquals(java.util.List.of("setting grid_colour = '#12345' ignored: grid colour '#12345' is not a colour like #101820"),
                loaded.problems());
    }
}
