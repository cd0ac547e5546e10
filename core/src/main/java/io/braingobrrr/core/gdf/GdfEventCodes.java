package io.braingobrrr.core.gdf;

import java.util.Locale;
import java.util.Map;

/**
 * Names for GDF event types (the 16-bit codes of BioSig's event code table). Bit 0x8000 marks the end of
 * an event whose start carries the same code without it.
 */
public final class GdfEventCodes {
    public static final int END_OF_EVENT = 0x8000;
    public static final int NEW_SEGMENT = 0x7FFE;
    /** Carries a sample value of a sparsely sampled channel, not an event. */
    public static final int SPARSE_SAMPLE = 0x7FFF;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0101, "artifact: EOG"),
            Map.entry(0x0102, "artifact: ECG"),
            Map.entry(0x0103, "artifact: EMG"),
            Map.entry(0x0104, "artifact: movement"),
            Map.entry(0x0105, "artifact: failing electrode"),
            Map.entry(0x0106, "artifact: sweat"),
            Map.entry(0x0107, "artifact: mains interference"),
            Map.entry(0x0111, "sleep spindle"),
            Map.entry(0x0112, "K-complex"),
            Map.entry(0x0114, "eyes open"),
            Map.entry(0x0115, "eyes closed"),
            Map.entry(0x0116, "spike"),
            Map.entry(0x0117, "seizure"),
            Map.entry(0x0300, "trial start"),
            Map.entry(0x0301, "cue left hand"),
            Map.entry(0x0302, "cue right hand"),
            Map.entry(0x0303, "cue foot"),
            Map.entry(0x0304, "cue tongue"),
            Map.entry(0x030D, "feedback (continuous) onset"),
            Map.entry(0x030E, "feedback (discrete) onset"),
            Map.entry(0x030F, "cue unknown"),
            Map.entry(0x0311, "beep"),
            Map.entry(0x0312, "fixation cross"),
            Map.entry(0x0381, "target hit"),
            Map.entry(0x0382, "target missed"),
            Map.entry(0x03FF, "trial rejected"),
            Map.entry(0x0410, "sleep stage W"),
            Map.entry(0x0411, "sleep stage 1"),
            Map.entry(0x0412, "sleep stage 2"),
            Map.entry(0x0413, "sleep stage 3"),
            Map.entry(0x0414, "sleep stage 4"),
            Map.entry(0x0415, "sleep stage REM"),
            Map.entry(NEW_SEGMENT, "start of new segment"));

    private GdfEventCodes() {
    }

    /** A readable text for a code: its name, "end of" its name, or "GDF event 0x...." for codes we do not know. */
    public static String describe(int code) {
        int base = code & ~END_OF_EVENT;
        String name = NAMES.get(base);
        if (name == null) return "GDF event 0x" + String.format(Locale.ROOT, "%04X", code);
        return (code & END_OF_EVENT) != 0 ? "end of " + name : name;
    }
}
