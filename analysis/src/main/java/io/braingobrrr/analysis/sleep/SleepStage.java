package io.braingobrrr.analysis.sleep;

/** AASM stages of a 30 s epoch. */
public enum SleepStage {
    W, N1, N2, N3, R;

    public boolean isSleep() {
        return this != W;
    }

    /**
     * Rechtschaffen and Kales code as the DREAMS hypnograms write it (5 wake, 4 REM, 3 S1, 2 S2, 1 S3, 0 S4);
     * S3 and S4 become N3. Movement time and unknown (negative codes) give null.
     */
    public static SleepStage fromDreamsCode(int code) {
        return switch (code) {
            case 5 -> W;
            case 4 -> R;
            case 3 -> N1;
            case 2 -> N2;
            case 1, 0 -> N3;
            default -> null;
        };
    }

    /**
     * The stage of an EDF+ annotation text such as "Sleep stage 2", "Sleep stage R" or "Sleep stage N3"
     * (R&amp;K 3 and 4 both N3); null for "?", movement time and any other text.
     */
    public static SleepStage fromAnnotation(String text) {
        String t = text.trim();
        String prefix = "sleep stage ";
        if (t.length() <= prefix.length() || !t.regionMatches(true, 0, prefix, 0, prefix.length())) return null;
        String s = t.substring(prefix.length()).trim().toUpperCase(java.util.Locale.ROOT);
        return switch (s) {
            case "W" -> W;
            case "R", "REM" -> R;
            case "1", "N1" -> N1;
            case "2", "N2" -> N2;
            case "3", "4", "N3", "N4" -> N3;
            default -> null;
        };
    }
}
