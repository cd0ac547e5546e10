package io.braingobrrr.analysis.sleep;

import io.braingobrrr.core.recording.SignalSource;

/**
 * The EOG and EMG signals of a night, as far as present: up to two EOG channels (LOC, ROC: with both, rapid eye
 * movements are told from EEG leaking into the EOG by their opposite phase) and one chin EMG. Null arrays mean
 * absent; each keeps its own sample rate.
 */
public record Polygraphy(double[] loc, double[] roc, double eogRateHz, double[] emg, double emgRateHz) {
    public static final Polygraphy NONE = new Polygraphy(null, null, 0, null, 0);

    public boolean hasEog() {
        return loc != null;
    }

    public boolean hasEmg() {
        return emg != null;
    }

    /** Reads the channels chosen by {@link SleepStager#choose}. */
    public static Polygraphy read(SignalSource s, SleepStager.Channels c) {
        double[] loc = c.eog() < 0 ? null : read(s, c.eog());
        double[] roc = c.eog2() < 0 ? null : read(s, c.eog2());
        double[] emg = c.emg() < 0 ? null : read(s, c.emg());
        return new Polygraphy(loc, roc, c.eog() < 0 ? 0 : s.signals().get(c.eog()).sampleRateHz(),
                emg, c.emg() < 0 ? 0 : s.signals().get(c.emg()).sampleRateHz());
    }

    private static double[] read(SignalSource s, int i) {
        long n = s.sampleCount(i);
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException(s.signals().get(i).label() + ": too long to stage in one piece: " + n + " samples");
        double[] x = new double[(int) n];
        s.readPhysical(i, 0, x, 0, x.length);
        return x;
    }
}
