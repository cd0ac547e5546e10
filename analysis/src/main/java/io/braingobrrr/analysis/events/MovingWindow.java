package io.braingobrrr.analysis.events;

/** Centred moving averages over a window of samples from running sums (O(n) whatever the window), and a baseline median. */
final class MovingWindow {
    private MovingWindow() {
    }

    /** Running sums of x (length n + 1), for {@link #mean(double[], int, int)}. */
    static double[] prefix(double[] x) {
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) prefix[i + 1] = prefix[i] + x[i];
        return prefix;
    }

    /** Running sums of a[i] * b[i]. */
    static double[] prefixOfProduct(double[] a, double[] b) {
        double[] prefix = new double[a.length + 1];
        for (int i = 0; i < a.length; i++) prefix[i + 1] = prefix[i] + a[i] * b[i];
        return prefix;
    }

    /** The centred window mean at sample i from running sums, as {@link #mean(double[], int)} computes it. */
    static double mean(double[] prefix, int i, int w) {
        int n = prefix.length - 1;
        int before = w / 2, after = w - before - 1;
        int a = Math.max(0, i - before);
        int b = Math.min(n - 1, i + after);
        return (prefix[b + 1] - prefix[a]) / (b - a + 1);
    }

    /** Median; above 200 000 values, the median of an evenly strided subsample (exact enough for a baseline, 10x cheaper). */
    static double median(double[] x) {
        int stride = Math.max(1, x.length / 200_000);
        double[] c = new double[(x.length + stride - 1) / stride];
        for (int i = 0, j = 0; i < x.length; i += stride) c[j++] = x[i];
        return io.braingobrrr.analysis.dsp.Select.median(c, c.length);
    }
}
