package io.braingobrrr.app.viewer.trace;

import io.braingobrrr.app.viewer.annotate.EventType;

import java.util.ArrayList;
import java.util.List;

/** The trace view's keyboard and mouse shortcuts, as the F1 help lists them (one list, so help and code agree). */
public final class Shortcuts {
    private Shortcuts() {
    }

    public record Shortcut(String keys, String action) {
    }

    public static List<Shortcut> all() {
        List<Shortcut> list = new ArrayList<>(List.of(
                new Shortcut("Page Down / Page Up", "next / previous page"),
                new Shortcut("Shift + Page Down / Up", "half a page forward / back"),
                new Shortcut("Right / Left, mouse wheel", "one second forward / back"),
                new Shortcut("Home / End", "start / end of the recording"),
                new Shortcut("Click in the overview bar", "centre the page there"),
                new Shortcut("Mouse over the traces", "time (clock and elapsed) and µV of the channel under the cursor"),
                new Shortcut("Shift + click, Shift + click", "measure Δt, ΔµV and 1/Δt between two points (channel of the first)"),
                new Shortcut("Right-button drag", "the same measurement, from press to release"),
                new Shortcut("Click / drag in the traces", "add the armed event: a point, or one with the dragged duration"),
                new Shortcut("Escape", "disarm the event type (clicks no longer annotate)")));
        for (EventType t : EventType.values()) list.add(new Shortcut(String.valueOf(t.key()), "arm event type: " + t.text()));
        list.add(new Shortcut("Delete (annotation list)", "delete the selected user annotation"));
        list.add(new Shortcut("F1", "this help"));
        return list;
    }

    /** Two columns of plain text for the help dialog. */
    public static String text() {
        StringBuilder sb = new StringBuilder();
        for (Shortcut s : all()) sb.append(String.format("%-30s %s%n", s.keys(), s.action()));
        return sb.toString();
    }
}
