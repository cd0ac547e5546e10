package io.braingobrrr.analysis.dsp;

/**
 * Zero-phase filtering as SciPy's {@code sosfiltfilt} with its defaults: odd extension of
 * {@code padlen = 3 * (2 * sections + 1)} samples at each end (fewer when the signal is shorter: then
 * {@code len - 1}, where SciPy would refuse), each pass started from the steady state scaled by the
 * first value it sees, forward then backward. The squared magnitude and zero phase follow.
 */
public final class ZeroPhase {
    private ZeroPhase() {
    }

    /** SciPy's default pad length for a cascade of {@code sections} biquads. */
    public static int defaultPadLength(int sections) {
        return 3 * (2 * sections + 1);
    }

    public static double[] filtfilt(SosFilter f, double[] x) {
        return filtfilt(f, x, defaultPadLength(f.sectionCount()));
    }

    public static double[] filtfilt(SosFilter f, double[] x, int padlen) {
        int n = x.length;
        if (n == 0) return new double[0];
        int pad = Math.min(padlen, n - 1);
        double[] ext = new double[n + 2 * pad];
        // Odd extension: reflect about the end point so value and slope continue (2*x0 - x[k]).
        for (int k = 1; k <= pad; k++) {
            ext[pad - k] = 2 * x[0] - x[k];
            ext[pad + n - 1 + k] = 2 * x[n - 1] - x[n - 1 - k];
        }
        System.arraycopy(x, 0, ext, pad, n);
        double[] zi = f.steadyState();
        double[] z = new double[zi.length];
        for (int i = 0; i < z.length; i++) z[i] = zi[i] * ext[0];
        f.filterInPlace(ext, 0, ext.length, z);
        reverse(ext);
        for (int i = 0; i < z.length; i++) z[i] = zi[i] * ext[0];
        f.filterInPlace(ext, 0, ext.length, z);
        reverse(ext);
        double[] y = new double[n];
        System.arraycopy(ext, pad, y, 0, n);
        return y;
    }

    static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
