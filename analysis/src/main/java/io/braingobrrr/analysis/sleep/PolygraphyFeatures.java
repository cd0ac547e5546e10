package io.braingobrrr.analysis.sleep;

import io.braingobrrr.analysis.dsp.Select;
import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.RemDetector;

import java.util.Arrays;
import java.util.List;

/**
 * Per-epoch EOG and EMG measures for the stager; NaN where the channel is absent or does not cover the epoch.
 * Amplifier gains and electrode sites differ between recordings, so the EMG level is taken relative to the
 * night's own median: what marks REM atonia or a waking chin is the change, not the microvolts.
 */
public final class PolygraphyFeatures {
    /** Lower edge of the EMG band; the upper edge is the channel's Nyquist frequency. */
    static final double EMG_LOW_HZ = 10;

    private PolygraphyFeatures() {
    }

    /** Rapid eye movements starting in each epoch (out-of-phase LOC/ROC when both are present). */
    public static double[] remsPerEpoch(Polygraphy p, int epochs) {
        double[] out = new double[epochs];
        if (!p.hasEog() || p.eogRateHz() < 20) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        RemDetector d = new RemDetector(RemDetector.Parameters.defaults());
        List<DetectedEvent> rems = p.roc() != null && p.roc().length == p.loc().length
                ? d.detect(p.loc(), p.roc(), p.eogRateHz(), "EOG") : d.detect(p.loc(), p.eogRateHz(), "EOG");
        for (DetectedEvent r : rems) {
            int e = (int) (r.onsetSeconds() / EpochFeatures.EPOCH_SECONDS);
            if (e < epochs) out[e]++;
        }
        int covered = EpochFeatures.epochCount(p.loc().length, p.eogRateHz());
        for (int e = covered; e < epochs; e++) out[e] = Double.NaN;
        return out;
    }

    /**
     * EMG power from 10 Hz to the Nyquist frequency in each epoch, in dB relative to the median epoch of the
     * recording (0 = a typical epoch of this night, -3 = half its power).
     */
    public static double[] emgRelativeDb(Polygraphy p, int epochs) {
        double[] out = new double[epochs];
        Arrays.fill(out, Double.NaN);
        if (!p.hasEmg() || p.emgRateHz() < 2 * EMG_LOW_HZ + 4) return out;
        double fs = p.emgRateHz();
        int covered = Math.min(epochs, EpochFeatures.epochCount(p.emg().length, fs));
        if (covered < 1) return out;
        int len = (int) Math.round(EpochFeatures.EPOCH_SECONDS * fs);
        Psd[] psd = EpochFeatures.epochSpectra(p.emg(), fs, covered, len, (int) Math.round(4 * fs));
        double[] db = new double[covered];
        for (int e = 0; e < covered; e++) db[e] = 10 * Math.log10(psd[e].power(EMG_LOW_HZ, fs / 2) + 1e-12);
        double median = Select.median(db);
        for (int e = 0; e < covered; e++) out[e] = db[e] - median;
        return out;
    }
}
