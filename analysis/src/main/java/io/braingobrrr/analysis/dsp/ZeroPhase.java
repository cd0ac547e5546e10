package io.braingobrrr.analysis.dsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return filtfilt(f, new double[][] {x}, padlen)[0];
    }

    /**
     * Each channel zero-phase filtered as by {@link #filtfilt(SosFilter, double[], int)}, with exactly the same
     * numbers, but channels of equal length are run together through {@link SosFilter#filterInPlace(double[][],
     * int, int, double[][])}, which overlaps their dependency chains (several times faster than one by one).
     */
    public static double[][] filtfilt(SosFilter f, double[][] xs, int padlen) {
        double[][] out = new double[xs.length][];
        // Channels of equal length share one interleaved run; usually all of them have the same length.
        Map<Integer, List<Integer>> byLength = new LinkedHashMap<>();
        for (int c = 0; c < xs.length; c++) byLength.computeIfAbsent(xs[c].length, k -> new ArrayList<>()).add(c);
        for (var group : byLength.entrySet()) {
            int n = group.getKey();
            int pad = Math.min(padlen, Math.max(0, n - 1));
            double[][] ext = new double[group.getValue().size()][];
            for (int g = 0; g < ext.length; g++) {
                ext[g] = new double[n + 2 * pad];
                System.arraycopy(xs[group.getValue().get(g)], 0, ext[g], pad, n);
            }
            filtfiltExtended(f, ext, pad, n);
            for (int g = 0; g < ext.length; g++) out[group.getValue().get(g)] = Arrays.copyOfRange(ext[g], pad, pad + n);
        }
        return out;
    }

    /**
     * Zero-phase filtering in place of channels that each hold their {@code n} samples at [{@code pad},
     * {@code pad + n}) of an array of at least {@code n + 2 pad} (pad < n, or 0 for n = 0): the pads are filled
     * with the odd extension, then [0, n + 2 pad) is filtered forward and backward; anything beyond is left
     * alone. Lets callers read samples straight into reused extended arrays instead of copying them there.
     */
    public static void filtfiltExtended(SosFilter f, double[][] ext, int pad, int n) {
        if (n == 0) return;
        if (pad >= n || pad < 0) throw new IllegalArgumentException("pad " + pad + " for " + n + " samples (must be 0.." + (n - 1) + ")");
        int len = n + 2 * pad;
        for (double[] e : ext) {
            if (e.length < len) throw new IllegalArgumentException("extended channel of " + e.length + " samples, not " + len);
            // Odd extension: reflect about the end point so value and slope continue (2*x0 - x[k]).
            double x0 = e[pad], xn = e[pad + n - 1];
            for (int k = 1; k <= pad; k++) {
                e[pad - k] = 2 * x0 - e[pad + k];
                e[pad + n - 1 + k] = 2 * xn - e[pad + n - 1 - k];
            }
        }
        double[] zi = f.steadyState();
        double[][] z = new double[ext.length][zi.length];
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < ext.length; c++) {
                for (int i = 0; i < zi.length; i++) z[c][i] = zi[i] * ext[c][0];
            }
            f.filterInPlace(ext, 0, len, z);
            for (double[] e : ext) reverse(e, len);
        }
    }

    /** Reverses a[0, len). */
    static void reverse(double[] a, int len) {
        for (int i = 0, j = len - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
