package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.analysis.dsp.Welch;
import io.braingobrrr.analysis.dsp.ZeroPhase;

/**
 * Features of a short single-channel segment that are known to separate ictal from non-ictal EEG (Bonn
 * literature): amplitude, line length, Hjorth mobility and complexity, spectral entropy, the dominant
 * frequency's share of the power, nonlinear (Teager) energy, theta and beta power, rhythmicity. Time-domain
 * features use the signal after a 0.5 Hz high-pass (drift would dominate them); spectral ones the Welch
 * spectrum of the raw signal (analysis.dsp, 4 s Hann segments, half overlap), 0.5–30 Hz.
 *
 * @param amplitudeSd         standard deviation after the high-pass (µV)
 * @param lineLengthPerSample mean |x[i] - x[i-1]| of the raw signal (µV)
 * @param hjorthMobility      sqrt(var(x') / var(x)), in cycles per sample scaled by 2π (dimensionless)
 * @param hjorthComplexity    mobility(x') / mobility(x): 1 for a pure sine, larger for broadband signals
 * @param spectralEntropy     Shannon entropy of the normalised 0.5–30 Hz spectrum over log(bins): 0 a line, 1 flat
 * @param dominantShare       power within ±2 bins of the 0.5–30 Hz peak over all 0.5–30 Hz power
 * @param nonlinearEnergy     mean of x[i]² - x[i-1]·x[i+1] (Teager–Kaiser) after the high-pass (µV²)
 * @param thetaPower          4–8 Hz band power (µV²)
 * @param betaPower           12–30 Hz band power (µV²)
 * @param rhythmicity         highest autocorrelation at 0.1–1 s lags after the high-pass
 */
public record IctalFeatures(double amplitudeSd, double lineLengthPerSample, double hjorthMobility, double hjorthComplexity,
                            double spectralEntropy, double dominantShare, double nonlinearEnergy, double thetaPower,
                            double betaPower, double rhythmicity) {
    /** One full Welch segment (4 s) at least, so the spectral features rest on a whole window. */
    public static final double MIN_SECONDS = 4;
    static final double HIGH_PASS_HZ = 0.5;
    static final double[] SPECTRUM_HZ = {0.5, 30};

    public static IctalFeatures of(double[] x, double rateHz) {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) throw new IllegalArgumentException("sample rate must be positive, got " + rateHz);
        if (x.length < MIN_SECONDS * rateHz) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "segment shorter than %.0f s: %d samples at %.2f Hz (%.2f s)", MIN_SECONDS, x.length, rateHz, x.length / rateHz));
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) throw new IllegalArgumentException("sample " + i + " is not a finite number: " + x[i]);
        }
        double ll = 0;
        for (int i = 1; i < x.length; i++) ll += Math.abs(x[i] - x[i - 1]);
        double[] y = ZeroPhase.filtfilt(Butterworth.highPass(2, HIGH_PASS_HZ, rateHz), x);
        double var = variance(y);
        if (!(var > 1e-12)) throw new IllegalArgumentException("segment is flat (no variance after the 0.5 Hz high-pass)");
        double[] d1 = diff(y);
        double[] d2 = diff(d1);
        double v1 = variance(d1);
        double mobility = Math.sqrt(v1 / var);
        double complexity = v1 > 0 ? Math.sqrt(variance(d2) / v1) / mobility : Double.NaN;
        double teager = 0;
        for (int i = 1; i + 1 < y.length; i++) teager += y[i] * y[i] - y[i - 1] * y[i + 1];
        teager /= y.length - 2;
        Psd psd = Welch.psd(x, rateHz);
        return new IctalFeatures(Math.sqrt(var), ll / (x.length - 1), mobility, complexity, spectralEntropy(psd),
                dominantShare(psd), teager, psd.power(4, 8), psd.power(12, 30), rhythmicity(y, var, rateHz));
    }

    static double spectralEntropy(Psd psd) {
        double[] p = band(psd);
        double total = 0;
        for (double v : p) total += v;
        if (!(total > 0) || p.length < 2) return Double.NaN;
        double h = 0;
        for (double v : p) {
            if (v > 0) h -= v / total * Math.log(v / total);
        }
        return h / Math.log(p.length);
    }

    static double dominantShare(Psd psd) {
        double[] p = band(psd);
        int peak = 0;
        double total = 0;
        for (int k = 0; k < p.length; k++) {
            total += p[k];
            if (p[k] > p[peak]) peak = k;
        }
        double near = 0;
        for (int k = Math.max(0, peak - 2); k <= Math.min(p.length - 1, peak + 2); k++) near += p[k];
        return total > 0 ? near / total : Double.NaN;
    }

    /** The density bins with 0.5 ≤ f &lt; 30 Hz. */
    private static double[] band(Psd psd) {
        double df = psd.binWidthHz();
        int lo = (int) Math.ceil(SPECTRUM_HZ[0] / df - 1e-9);
        int hi = Math.min(psd.density().length, (int) Math.ceil(SPECTRUM_HZ[1] / df - 1e-9));
        return java.util.Arrays.copyOfRange(psd.density(), Math.min(lo, hi), hi);
    }

    private static double rhythmicity(double[] y, double var, double rateHz) {
        double mean = 0;
        for (double v : y) mean += v / y.length;
        double rh = 0;
        for (int lag = (int) (0.1 * rateHz); lag <= (int) (1.0 * rateHz) && lag < y.length; lag++) {
            double s = 0;
            for (int i = 0; i + lag < y.length; i++) s += (y[i] - mean) * (y[i + lag] - mean);
            rh = Math.max(rh, s / (var * y.length));
        }
        return rh;
    }

    private static double[] diff(double[] x) {
        double[] d = new double[x.length - 1];
        for (int i = 0; i < d.length; i++) d[i] = x[i + 1] - x[i];
        return d;
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double s = 0;
        for (double v : x) s += (v - mean) * (v - mean);
        return s / x.length;
    }
}
