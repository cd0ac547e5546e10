package io.braingobrrr.analysis.dsp;

/**
 * Order statistics without sorting. The spike detector takes the median of every 1 s block of every channel; with a
 * full sort that was half of a comprehensive analysis's CPU time. Quickselect finds the same value in linear time.
 * Values are ordered as {@link java.util.Arrays#sort(double[])} orders them (NaN above everything), so the results equal
 * those of sorting first.
 */
public final class Select {
    private static final int SMALL = 16;

    private Select() {
    }

    /**
     * The median of {@code a[0..n)} (the mean of the two middle values when {@code n} is even; NaN when empty), as
     * sorting and reading the middle would give. Reorders {@code a[0..n)}.
     */
    public static double median(double[] a, int n) {
        if (n <= 0) return Double.NaN;
        int k = n / 2;
        select(a, 0, n - 1, k);
        double upper = a[k];
        if (n % 2 == 1) return upper;
        double lower = a[0];                      // a[0..k) now holds the k smallest: the largest of them is next below
        for (int i = 1; i < k; i++) if (less(lower, a[i])) lower = a[i];
        return 0.5 * (lower + upper);
    }

    /** The median of {@code v}, left as it is (see {@link #median(double[], int)}). */
    public static double median(double[] v) {
        return median(v.clone(), v.length);
    }

    /** Rearranges {@code a[left..right]} so that {@code a[k]} is the value sorting would put there, smaller ones before it. */
    static void select(double[] a, int left, int right, int k) {
        while (right - left >= SMALL) {
            int mid = (left + right) >>> 1;
            if (less(a[mid], a[left])) swap(a, mid, left);
            if (less(a[right], a[left])) swap(a, right, left);
            if (less(a[right], a[mid])) swap(a, right, mid);
            double pivot = a[mid];
            int i = left, j = right;
            while (i <= j) {
                while (less(a[i], pivot)) i++;
                while (less(pivot, a[j])) j--;
                if (i <= j) swap(a, i++, j--);
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return;                          // a[k] lies among values equal to the pivot
        }
        for (int i = left + 1; i <= right; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= left && less(v, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** The order of Arrays.sort: numeric, NaN last. */
    private static boolean less(double x, double y) {
        return x < y || (y != y && x == x);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
