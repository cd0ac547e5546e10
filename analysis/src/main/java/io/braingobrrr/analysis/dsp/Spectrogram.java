package io.braingobrrr.analysis.dsp;

/**
 * Short-time power spectra: Hann-windowed, mean-removed segments of {@code nperseg} samples every
 * {@code step} samples, each a one-sided density as in {@link Welch} (no averaging).
 *
 * @param power [segment][bin] in unit²/Hz
 * @param times centre of each segment in seconds from the first sample
 */
public record Spectrogram(double sampleRateHz, int segmentLength, double[] times, float[][] power) {

    public static Spectrogram of(double[] x, double fs, int nperseg, int step) {
        if (step < 1) throw new IllegalArgumentException("spectrogram step must be >= 1, not " + step);
        if (nperseg > x.length) nperseg = Math.max(1, x.length);
        int count = x.length < nperseg ? 0 : (x.length - nperseg) / step + 1;
        Welch w = new Welch(fs, nperseg, 0);
        double[] acc = new double[nperseg / 2 + 1];
        float[][] p = new float[count][];
        double[] t = new double[count];
        for (int s = 0; s < count; s++) {
            java.util.Arrays.fill(acc, 0);
            w.accumulate(x, s * step, acc);
            p[s] = new float[acc.length];
            for (int k = 0; k < acc.length; k++) p[s][k] = (float) acc[k];
            t[s] = (s * (double) step + nperseg / 2.0) / fs;
        }
        return new Spectrogram(fs, nperseg, t, p);
    }

    public double frequency(int bin) {
        return bin * sampleRateHz / segmentLength;
    }
}
