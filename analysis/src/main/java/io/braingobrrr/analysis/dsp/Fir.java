package io.braingobrrr.analysis.dsp;

/**
 * Linear-phase FIR filters by the windowed-sinc method with a Hamming window (about 53 dB stop-band
 * attenuation; transition width ≈ 3.3 fs / taps, which fixes the length).
 */
public final class Fir {
    private Fir() {
    }

    /** Odd tap count for a Hamming-windowed sinc with the given transition width. */
    public static int tapsFor(double transitionHz, double fs) {
        if (!(transitionHz > 0)) throw new IllegalArgumentException("transition width must be positive, not " + transitionHz);
        int n = (int) Math.ceil(3.3 * fs / transitionHz);
        return n % 2 == 0 ? n + 1 : n;
    }

    /** Low-pass taps, -6 dB at {@code cutoffHz}, unit DC gain. */
    public static double[] lowPass(double cutoffHz, double transitionHz, double fs) {
        if (!(cutoffHz > 0 && cutoffHz < fs / 2)) {
            throw new IllegalArgumentException("cutoff " + cutoffHz + " Hz must lie between 0 and Nyquist (" + fs / 2 + " Hz)");
        }
        return lowPassTaps(tapsFor(transitionHz, fs), cutoffHz / fs);
    }

    /** High-pass by spectral inversion of the low-pass (odd length keeps it type I). */
    public static double[] highPass(double cutoffHz, double transitionHz, double fs) {
        double[] h = lowPass(cutoffHz, transitionHz, fs);
        for (int i = 0; i < h.length; i++) h[i] = -h[i];
        h[h.length / 2] += 1;
        return h;
    }

    /**
     * Hamming-windowed sinc of {@code taps} (odd) with cutoff {@code fc} in cycles per sample (0..0.5),
     * scaled to unit DC gain.
     */
    static double[] lowPassTaps(int taps, double fc) {
        double[] h = new double[taps];
        int m = taps - 1;
        double sum = 0;
        for (int i = 0; i < taps; i++) {
            double t = i - m / 2.0;
            double sinc = t == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * t) / (Math.PI * t);
            double w = m == 0 ? 1 : 0.54 - 0.46 * Math.cos(2 * Math.PI * i / m);
            h[i] = sinc * w;
            sum += h[i];
        }
        for (int i = 0; i < taps; i++) h[i] /= sum;
        return h;
    }

    /**
     * Filters with the taps, output aligned with the input (delay of (taps-1)/2 removed; edges padded by
     * repeating the end values so a DC offset does not step at the borders).
     */
    public static double[] filterCentered(double[] h, double[] x) {
        int n = x.length;
        int half = h.length / 2;
        double[] y = new double[n];
        if (n == 0) return y;
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int k = 0; k < h.length; k++) {
                int j = i + half - k;
                double v = j < 0 ? x[0] : j >= n ? x[n - 1] : x[j];
                acc += h[k] * v;
            }
            y[i] = acc;
        }
        return y;
    }

    /** |H(f)| of taps {@code h}. */
    public static double gain(double[] h, double freqHz, double fs) {
        double w = 2 * Math.PI * freqHz / fs;
        double re = 0;
        double im = 0;
        for (int k = 0; k < h.length; k++) {
            re += h[k] * Math.cos(w * k);
            im -= h[k] * Math.sin(w * k);
        }
        return Math.hypot(re, im);
    }
}
