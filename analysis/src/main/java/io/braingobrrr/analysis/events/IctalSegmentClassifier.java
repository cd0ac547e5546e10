package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.ZeroPhase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ictal versus non-ictal for a short single-channel segment (the Bonn set's 23.6 s). Computes line length,
 * amplitude (standard deviation after a 0.5 Hz high-pass) and rhythmicity (highest autocorrelation at
 * 0.1–1 s lags); the decision is amplitude above a threshold, the single feature that separated the
 * tuning half of the Bonn segments best (line length and rhythmicity are reported, not used: see
 * docs/VALIDATION.md). Calibrated on Bonn amplitudes only: not a scalp-EEG seizure detector.
 */
public final class IctalSegmentClassifier {
    public static final String NAME = "brrr-ictal-segment";
    public static final String VERSION = "1.0";

    public record Features(double lineLengthPerSample, double amplitudeSd, double rhythmicity) {
    }

    public record Decision(boolean ictal, double confidence, Features features) {
    }

    private final double amplitudeThreshold;

    public IctalSegmentClassifier(double amplitudeThreshold) {
        this.amplitudeThreshold = amplitudeThreshold;
    }

    public double amplitudeThreshold() {
        return amplitudeThreshold;
    }

    public static Features features(double[] x, double rateHz) {
        if (x.length < rateHz * 2) throw new IllegalArgumentException("segment shorter than 2 s");
        double ll = 0;
        for (int i = 1; i < x.length; i++) ll += Math.abs(x[i] - x[i - 1]);
        double[] y = ZeroPhase.filtfilt(Butterworth.highPass(2, 0.5, rateHz), x);
        double mean = 0;
        for (double v : y) mean += v / y.length;
        double var = 0;
        for (double v : y) var += (v - mean) * (v - mean) / y.length;
        double rh = 0;
        if (var > 0) {
            for (int lag = (int) (0.1 * rateHz); lag <= (int) (1.0 * rateHz) && lag < y.length; lag++) {
                double s = 0;
                for (int i = 0; i + lag < y.length; i++) s += (y[i] - mean) * (y[i + lag] - mean);
                rh = Math.max(rh, s / (var * y.length));
            }
        }
        return new Features(ll / (x.length - 1), Math.sqrt(var), rh);
    }

    public Decision classify(double[] x, double rateHz) {
        Features f = features(x, rateHz);
        // Distance from the threshold on a log scale, squashed to (0, 1): 0.5 at the threshold.
        double margin = Math.log(f.amplitudeSd() / amplitudeThreshold);
        double pIctal = 1 / (1 + Math.exp(-4 * margin));
        boolean ictal = f.amplitudeSd() > amplitudeThreshold;
        return new Decision(ictal, ictal ? pIctal : 1 - pIctal, f);
    }

    public AlgorithmInfo info() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("amplitude_sd_threshold_uv", amplitudeThreshold);
        p.put("high_pass_hz", 0.5);
        p.put("rhythmicity_lags_s", List.of(0.1, 1.0));
        return new AlgorithmInfo(NAME, VERSION, p);
    }
}
