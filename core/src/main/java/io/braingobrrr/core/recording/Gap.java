package io.braingobrrr.core.recording;

import java.util.ArrayList;
import java.util.List;

/** A stretch of time without data in a discontinuous (EDF+D/BDF+D) recording, seconds from start. */
public record Gap(double onsetSeconds, double durationSeconds) {

    /**
     * The gaps between data records: wherever a record starts later than the previous one ends by more than
     * the rounding noise of decimal onsets (EDF+ TALs), far below one sample at any real rate.
     */
    public static List<Gap> between(double[] recordOnsets, double recordDurationSeconds) {
        List<Gap> gaps = new ArrayList<>();
        double tolerance = tolerance(recordDurationSeconds);
        for (int r = 1; r < recordOnsets.length; r++) {
            double end = recordOnsets[r - 1] + recordDurationSeconds;
            double d = recordOnsets[r] - end;
            if (d > tolerance) gaps.add(new Gap(end, d));
        }
        return List.copyOf(gaps);
    }

    /** How far record onsets may stray from where they should be before it counts. */
    public static double tolerance(double recordDurationSeconds) {
        return Math.max(1e-6, recordDurationSeconds * 1e-6);
    }
}
