package io.braingobrrr.analysis.events;

/** Centred moving averages over a window of samples, by running sums (O(n) whatever the window). */
final class MovingWindow {
    private MovingWindow() {
    }

    /** Mean of x over a centred window of w samples; near the ends the window shrinks to what exists. */
    static double[] mean(double[] x, int w) {
        int n = x.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + x[i];
        double[] out = new double[n];
        int before = w / 2, after = w - before - 1;
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - before);
            int b = Math.min(n - 1, i + after);
            out[i] = (prefix[b + 1] - prefix[a]) / (b - a + 1);
        }
        return out;
    }

    static double[] product(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] * b[i];
        return out;
    }

    static double median(double[] x) {
        double[] c = x.clone();
        java.util.Arrays.sort(c);
        int n = c.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }
}
