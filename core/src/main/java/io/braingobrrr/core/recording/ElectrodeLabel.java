package io.braingobrrr.core.recording;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalises channel labels to 10-10 electrode names so montages apply to any vendor's file:
 * "EEG Fp1-REF" gives Fp1, "FC5." (PhysioNet) gives FC5, and the old 10-20 temporal names are renamed
 * (T3 to T7, T4 to T8, T5 to P7, T6 to P8).
 */
public final class ElectrodeLabel {
    private static final String[] NAMES = {
        "Nz", "Fp1", "Fpz", "Fp2", "AF9", "AF7", "AF5", "AF3", "AF1", "AFz", "AF2", "AF4", "AF6", "AF8", "AF10",
        "F9", "F7", "F5", "F3", "F1", "Fz", "F2", "F4", "F6", "F8", "F10",
        "FT9", "FT7", "FC5", "FC3", "FC1", "FCz", "FC2", "FC4", "FC6", "FT8", "FT10",
        "T9", "T7", "C5", "C3", "C1", "Cz", "C2", "C4", "C6", "T8", "T10",
        "TP9", "TP7", "CP5", "CP3", "CP1", "CPz", "CP2", "CP4", "CP6", "TP8", "TP10",
        "P9", "P7", "P5", "P3", "P1", "Pz", "P2", "P4", "P6", "P8", "P10",
        "PO9", "PO7", "PO5", "PO3", "PO1", "POz", "PO2", "PO4", "PO6", "PO8", "PO10",
        "O1", "Oz", "O2", "O9", "O10", "I1", "Iz", "I2", "A1", "A2", "M1", "M2"
    };
    private static final Map<String, String> BY_UPPER = new HashMap<>();
    private static final Map<String, String> OLD_TO_NEW = Map.of("T3", "T7", "T4", "T8", "T5", "P7", "T6", "P8");
    /** Second halves of "X-Y" that mean "X against a common reference", not a bipolar pair. */
    private static final Set<String> REFERENCES = Set.of("REF", "A1", "A2", "M1", "M2", "LE", "RE", "AVG", "AV",
            "AR", "CAR", "A1A2", "A1+A2", "M1M2", "M1+M2", "LINKED", "REFERENCE", "COMMON", "GND");

    static {
        for (String n : NAMES) BY_UPPER.put(n.toUpperCase(Locale.ROOT), n);
    }

    private ElectrodeLabel() {
    }

    /** The 10-10 electrode a channel label refers to, or null when it is no scalp electrode (or a bipolar pair). */
    public static String electrodeOf(String label) {
        if (label == null) return null;
        String s = label.trim();
        String upper = s.toUpperCase(Locale.ROOT);
        for (String prefix : new String[] {"EEG ", "EEG-", "EEG:"}) {
            if (upper.startsWith(prefix)) {
                s = s.substring(prefix.length()).trim();
                break;
            }
        }
        int dash = s.indexOf('-');
        if (dash > 0) {
            String ref = s.substring(dash + 1).trim().toUpperCase(Locale.ROOT).replace(" ", "");
            if (!REFERENCES.contains(ref)) return null;
            s = s.substring(0, dash).trim();
        }
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return normalise(s);
    }

    /** Canonical spelling of a bare electrode name ("fp1", "T3" to "Fp1", "T7"), or null if unknown. */
    public static String normalise(String name) {
        if (name == null) return null;
        String upper = name.trim().toUpperCase(Locale.ROOT);
        String renamed = OLD_TO_NEW.get(upper);
        if (renamed != null) return renamed;
        return BY_UPPER.get(upper);
    }
}
