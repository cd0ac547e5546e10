package io.braingobrrr.core.synth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Electrode names and rough flat positions for synthetic recordings. The first 19 are the classic 10-20
 * set in its usual order; the next 13 complete a common 32-channel cap; the rest fill up to 64 with
 * 10-10 names.
 *
 * <p>Positions are a schematic grid, not a head model: x runs left (-) to right (+) from the electrode
 * number (odd left, even right, z midline; 9/10 at the edge), y runs back (-) to front (+) from the row
 * letters (Fp +4 ... O -4). That is enough for spatially smooth mixing weights.
 */
public final class ScalpLayout {
    private static final String[] NAMES = {
        "Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T7", "C3", "Cz", "C4", "T8", "P7", "P3", "Pz", "P4", "P8",
        "O1", "O2",
        "FC5", "FC1", "FC2", "FC6", "CP5", "CP1", "CP2", "CP6", "Oz", "AF3", "AF4", "PO3", "PO4",
        "Fpz", "AF7", "AFz", "AF8", "F5", "F1", "F2", "F6", "FT7", "FC3", "FCz", "FC4", "FT8", "C5", "C1", "C2",
        "C6", "TP7", "CP3", "CPz", "CP4", "TP8", "P5", "P1", "P2", "P6", "PO7", "POz", "PO8", "P9", "P10", "Iz"
    };

    public static final int MAX_CHANNELS = NAMES.length;

    private ScalpLayout() {
    }

    /** The first {@code channels} electrode names. */
    public static List<String> labels(int channels) {
        if (channels < 1 || channels > NAMES.length) {
            throw new IllegalArgumentException("channels must be 1.." + NAMES.length + ", was " + channels);
        }
        return List.of(Arrays.copyOf(NAMES, channels));
    }

    /** {x, y} of an electrode on the schematic grid (see class comment). */
    public static double[] position(String electrode) {
        String upper = electrode.toUpperCase(Locale.ROOT);
        int split = 0;
        while (split < upper.length() && Character.isLetter(upper.charAt(split)) && upper.charAt(split) != 'Z') split++;
        String row = upper.substring(0, split);
        String column = upper.substring(split);
        double y = switch (row) {
            case "FP" -> 4;
            case "AF" -> 3;
            case "F" -> 2;
            case "FC", "FT" -> 1;
            case "C", "T" -> 0;
            case "CP", "TP" -> -1;
            case "P" -> -2;
            case "PO" -> -3;
            case "O" -> -4;
            case "I" -> -5;
            default -> throw new IllegalArgumentException("not a 10-10 electrode name: " + electrode);
        };
        double x;
        if (column.equals("Z")) {
            x = 0;
        } else {
            int n = Integer.parseInt(column);
            x = n % 2 == 1 ? -(n + 1) / 2.0 : n / 2.0;
        }
        return new double[] {x, y};
    }
}
