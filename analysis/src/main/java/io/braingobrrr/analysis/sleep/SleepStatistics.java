package io.braingobrrr.analysis.sleep;

import java.util.List;

/**
 * AASM summary statistics of a hypnogram whose first epoch starts at lights off and whose last ends at
 * lights on. Minutes throughout; sleep onset is the first epoch of any sleep stage; the sleep period (SPT)
 * runs from sleep onset to the end of the last sleep epoch; WASO and awakenings count wake inside it.
 * Latencies are null when the event never happens (no sleep, no REM).
 *
 * @param awakenings runs of wake epochs inside the sleep period
 */
public record SleepStatistics(double tibMin, double sptMin, double tstMin, double sePct, Double solMin, double wasoMin,
                              Double remLatencyMin, double pctN1, double pctN2, double pctN3, double pctR, int awakenings) {

    public static SleepStatistics of(List<SleepStage> epochs, double epochSeconds) {
        double epochMin = epochSeconds / 60.0;
        int n = epochs.size();
        int first = -1, last = -1, firstRem = -1;
        int[] count = new int[SleepStage.values().length];
        for (int i = 0; i < n; i++) {
            SleepStage s = epochs.get(i);
            if (s == null) throw new IllegalArgumentException("epoch " + i + " has no stage");
            count[s.ordinal()]++;
            if (s.isSleep()) {
                if (first < 0) first = i;
                last = i;
            }
            if (s == SleepStage.R && firstRem < 0) firstRem = i;
        }
        double tib = n * epochMin;
        if (first < 0) return new SleepStatistics(tib, 0, 0, 0, null, 0, null, 0, 0, 0, 0, 0);
        int sleepEpochs = n - count[SleepStage.W.ordinal()];
        int wakeInside = 0, awakenings = 0;
        for (int i = first; i <= last; i++) {
            if (epochs.get(i) == SleepStage.W) {
                wakeInside++;
                if (epochs.get(i - 1) != SleepStage.W) awakenings++;
            }
        }
        double tst = sleepEpochs * epochMin;
        return new SleepStatistics(tib, (last - first + 1) * epochMin, tst, 100.0 * tst / tib, first * epochMin,
                wakeInside * epochMin, firstRem < 0 ? null : (firstRem - first) * epochMin,
                pct(count, SleepStage.N1, sleepEpochs), pct(count, SleepStage.N2, sleepEpochs),
                pct(count, SleepStage.N3, sleepEpochs), pct(count, SleepStage.R, sleepEpochs), awakenings);
    }

    private static double pct(int[] count, SleepStage s, int sleepEpochs) {
        return 100.0 * count[s.ordinal()] / sleepEpochs;
    }
}
