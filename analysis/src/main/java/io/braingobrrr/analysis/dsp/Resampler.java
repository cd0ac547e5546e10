package io.braingobrrr.analysis.dsp;

/**
 * Rational resampling by {@code up/down} (SciPy's {@code resample_poly} in spirit): conceptually
 * zero-stuff by {@code up}, low-pass at the lower of the two Nyquist rates, keep every {@code down}-th
 * sample. The polyphase form computes only the kept outputs and skips the stuffed zeros, so the cost
 * is taps/up multiplications per output. Output length ceil(n up / down), aligned with the input
 * (the filter's delay removed); outside the signal the input counts as zero, as in SciPy.
 */
public final class Resampler {
    /** Half-length of the anti-aliasing filter in units of max(up, down) samples (SciPy uses 10). */
    public static final int HALF_LENGTH = 10;

    private final int up;
    private final int down;
    private final double[] taps;

    public Resampler(int up, int down) {
        if (up < 1 || down < 1) throw new IllegalArgumentException("resampling factors must be >= 1, not " + up + "/" + down);
        int g = gcd(up, down);
        this.up = up / g;
        this.down = down / g;
        int max = Math.max(this.up, this.down);
        double[] h = Fir.lowPassTaps(2 * HALF_LENGTH * max + 1, 0.5 / max);
        // Zero-stuffing divides the level by up: gain up restores it.
        for (int i = 0; i < h.length; i++) h[i] *= this.up;
        this.taps = h;
    }

    /** Resampler from one rate to another; both rates must be whole multiples of 1/1000 Hz. */
    public static Resampler between(double fromHz, double toHz) {
        long a = Math.round(fromHz * 1000);
        long b = Math.round(toHz * 1000);
        if (a <= 0 || b <= 0) throw new IllegalArgumentException("rates must be positive: " + fromHz + " -> " + toHz);
        long g = gcd(a, b);
        long u = b / g;
        long d = a / g;
        if (u > 10_000 || d > 10_000) throw new IllegalArgumentException("resampling ratio " + fromHz + " -> " + toHz + " is too awkward");
        return new Resampler((int) u, (int) d);
    }

    public int up() {
        return up;
    }

    public int down() {
        return down;
    }

    public double[] resample(double[] x) {
        int n = x.length;
        int out = (int) (((long) n * up + down - 1) / down);
        double[] y = new double[out];
        int half = taps.length / 2;
        for (int m = 0; m < out; m++) {
            long t = (long) m * down + half;      // index on the zero-stuffed grid, delay compensated
            // input i contributes through tap k = t - i*up, 0 <= k < taps.length
            long iMax = Math.min(n - 1, t / up);
            long iMin = Math.max(0, (t - taps.length + up) / up);
            double acc = 0;
            for (long i = iMin; i <= iMax; i++) {
                long k = t - i * up;
                if (k >= 0 && k < taps.length) acc += taps[(int) k] * x[(int) i];
            }
            y[m] = acc;
        }
        return y;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
