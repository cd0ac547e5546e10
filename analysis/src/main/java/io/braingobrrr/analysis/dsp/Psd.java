package io.braingobrrr.analysis.dsp;

/**
 * A one-sided power spectral density: bin k at k fs / nperseg Hz, in unit²/Hz.
 *
 * @param segments how many segments were averaged (0: the signal was shorter than one segment)
 */
public record Psd(double sampleRateHz, int segmentLength, double[] density, long segments) {

    public double binWidthHz() {
        return sampleRateHz / segmentLength;
    }

    public double frequency(int bin) {
        return bin * binWidthHz();
    }

    public int bins() {
        return density.length;
    }

    public double nyquistHz() {
        return sampleRateHz / 2;
    }

    /** Sum of the bins with lo ≤ f &lt; hi times the bin width (the reference's band power). */
    public double power(double loHz, double hiHz) {
        double df = binWidthHz();
        double s = 0;
        for (int k = 0; k < density.length; k++) {
            double f = k * df;
            if (f >= loHz && f < hiHz) s += density[k];
        }
        return s * df;
    }

    /** Frequency of the largest bin with lo ≤ f &lt; hi, refined by a parabola through its neighbours; NaN if none. */
    public double peakFrequency(double loHz, double hiHz) {
        double df = binWidthHz();
        int best = -1;
        for (int k = 0; k < density.length; k++) {
            double f = k * df;
            if (f >= loHz && f < hiHz && (best < 0 || density[k] > density[best])) best = k;
        }
        if (best < 0) return Double.NaN;
        if (best == 0 || best == density.length - 1) return best * df;
        double a = density[best - 1];
        double b = density[best];
        double c = density[best + 1];
        double d = a - 2 * b + c;
        double shift = d == 0 ? 0 : 0.5 * (a - c) / d;
        return (best + Math.max(-0.5, Math.min(0.5, shift))) * df;
    }
}
