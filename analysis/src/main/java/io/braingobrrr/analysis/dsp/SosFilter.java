package io.braingobrrr.analysis.dsp;

import java.util.Arrays;

/**
 * An IIR filter as a cascade of second-order sections (biquads), each {b0, b1, b2, 1, a1, a2}, run in
 * transposed direct form II. Sections keep the poles of high-order or narrow band filters well
 * conditioned where one long polynomial would not (SciPy recommends the same: sosfilt over lfilter).
 *
 * <p>Immutable and thread-safe: state lives in the caller's arrays or in a {@link Stream}.
 */
public final class SosFilter {
    private final double[][] sections;

    /** Each row {b0, b1, b2, a0, a1, a2}; rows are normalised so that a0 = 1. */
    public SosFilter(double[][] sections) {
        if (sections.length == 0) throw new IllegalArgumentException("a filter needs at least one section");
        this.sections = new double[sections.length][];
        for (int i = 0; i < sections.length; i++) {
            double[] s = sections[i];
            if (s.length != 6) throw new IllegalArgumentException("section " + i + " has " + s.length + " coefficients, not 6");
            if (s[3] == 0) throw new IllegalArgumentException("section " + i + " has a0 = 0");
            double a0 = s[3];
            this.sections[i] = new double[] {s[0] / a0, s[1] / a0, s[2] / a0, 1, s[4] / a0, s[5] / a0};
        }
    }

    public int sectionCount() {
        return sections.length;
    }

    /** A copy of the coefficients, one row {b0, b1, b2, 1, a1, a2} per section. */
    public double[][] sections() {
        double[][] c = new double[sections.length][];
        for (int i = 0; i < c.length; i++) c[i] = sections[i].clone();
        return c;
    }

    /** The cascade after this one (e.g. high-pass then low-pass then notch). */
    public SosFilter then(SosFilter next) {
        double[][] all = Arrays.copyOf(sections(), sections.length + next.sections.length);
        System.arraycopy(next.sections(), 0, all, sections.length, next.sections.length);
        return new SosFilter(all);
    }

    /** Complex frequency response at {@code freqHz}: {re, im}. */
    public double[] response(double freqHz, double fs) {
        double w = 2 * Math.PI * freqHz / fs;
        double re = 1;
        double im = 0;
        for (double[] s : sections) {
            double[] num = poly(s[0], s[1], s[2], w);
            double[] den = poly(1, s[4], s[5], w);
            double d = den[0] * den[0] + den[1] * den[1];
            double hr = (num[0] * den[0] + num[1] * den[1]) / d;
            double hi = (num[1] * den[0] - num[0] * den[1]) / d;
            double r = re * hr - im * hi;
            im = re * hi + im * hr;
            re = r;
        }
        return new double[] {re, im};
    }

    /** |H| at {@code freqHz}. */
    public double gain(double freqHz, double fs) {
        double[] h = response(freqHz, fs);
        return Math.hypot(h[0], h[1]);
    }

    private static double[] poly(double c0, double c1, double c2, double w) {
        // c0 + c1 e^{-jw} + c2 e^{-2jw}
        return new double[] {c0 + c1 * Math.cos(w) + c2 * Math.cos(2 * w), -c1 * Math.sin(w) - c2 * Math.sin(2 * w)};
    }

    /**
     * State per unit input step in steady state (SciPy's sosfilt_zi): starting from {@code zi * x[0]} a
     * constant input produces a constant output from the first sample, so a filter starts without ringing.
     * Returned as {z1, z2} per section, flattened.
     */
    public double[] steadyState() {
        double[] zi = new double[2 * sections.length];
        double scale = 1;
        for (int i = 0; i < sections.length; i++) {
            double[] s = sections[i];
            double den = 1 + s[4] + s[5];
            // A pole at z = 1 has no steady state; zero state is the only sensible start then.
            double g = den == 0 ? 0 : (s[0] + s[1] + s[2]) / den;
            double z2 = s[2] - s[5] * g;
            double z1 = s[1] - s[4] * g + z2;
            zi[2 * i] = z1 * scale;
            zi[2 * i + 1] = z2 * scale;
            scale *= g;
        }
        return zi;
    }

    /** Filters {@code x} in place from the state {@code z} (2 per section; updated). */
    public void filterInPlace(double[] x, int off, int len, double[] z) {
        for (int si = 0; si < sections.length; si++) {
            double[] s = sections[si];
            double b0 = s[0], b1 = s[1], b2 = s[2], a1 = s[4], a2 = s[5];
            double z1 = z[2 * si], z2 = z[2 * si + 1];
            for (int n = off, end = off + len; n < end; n++) {
                double in = x[n];
                double y = b0 * in + z1;
                z1 = b1 * in - a1 * y + z2;
                z2 = b2 * in - a2 * y;
                x[n] = y;
            }
            z[2 * si] = z1;
            z[2 * si + 1] = z2;
        }
    }

    /**
     * Filters several channels of at least {@code off + len} samples in place, channel {@code c} from its own
     * state {@code zs[c]} (2 per section; updated). The numbers are exactly those of {@link #filterInPlace(double[],
     * int, int, double[])} per channel: same operations in the same order. Why: one biquad's samples form a
     * single dependency chain (each output waits for the previous one's multiply-adds), so one channel keeps
     * the FPU mostly idle; four channels in one loop are four independent chains the CPU overlaps.
     */
    public void filterInPlace(double[][] xs, int off, int len, double[][] zs) {
        if (xs.length != zs.length) throw new IllegalArgumentException(xs.length + " channels but " + zs.length + " states");
        int rest = xs.length % 4;
        int grouped = xs.length - (rest == 1 ? 1 : 0);
        // Two or three channels left over still run four wide, the missing lanes on a spare array whose result
        // is thrown away: faster than one chain each, and the real lanes' numbers are the same.
        double[] spare = rest >= 2 ? new double[off + len] : null;
        double[] spareState = new double[2 * sections.length];
        for (int c = 0; c < grouped; c += 4) {
            for (int si = 0; si < sections.length; si++) {
                section4(sections[si], xs[c], lane(xs, c + 1, spare), lane(xs, c + 2, spare), lane(xs, c + 3, spare), off, len,
                        zs[c], lane(zs, c + 1, spareState), lane(zs, c + 2, spareState), lane(zs, c + 3, spareState), 2 * si);
            }
        }
        if (rest == 1) filterInPlace(xs[xs.length - 1], off, len, zs[xs.length - 1]);
    }

    private static double[] lane(double[][] a, int i, double[] spare) {
        return i < a.length ? a[i] : spare;
    }

    private static void section4(double[] s, double[] x0, double[] x1, double[] x2, double[] x3, int off, int len,
                                 double[] s0, double[] s1, double[] s2, double[] s3, int zi) {
        double b0 = s[0], b1 = s[1], b2 = s[2], a1 = s[4], a2 = s[5];
        double p1 = s0[zi], p2 = s0[zi + 1], q1 = s1[zi], q2 = s1[zi + 1];
        double r1 = s2[zi], r2 = s2[zi + 1], t1 = s3[zi], t2 = s3[zi + 1];
        int end = off + len;
        if (off < 0 || end > x0.length || end > x1.length || end > x2.length || end > x3.length) {
            throw new IllegalArgumentException("samples " + off + ".." + end + " outside a channel");
        }
        for (int n = off; n < end; n++) {
            double i0 = x0[n], i1 = x1[n], i2 = x2[n], i3 = x3[n];
            double y0 = b0 * i0 + p1, y1 = b0 * i1 + q1, y2 = b0 * i2 + r1, y3 = b0 * i3 + t1;
            p1 = b1 * i0 - a1 * y0 + p2;
            q1 = b1 * i1 - a1 * y1 + q2;
            r1 = b1 * i2 - a1 * y2 + r2;
            t1 = b1 * i3 - a1 * y3 + t2;
            p2 = b2 * i0 - a2 * y0;
            q2 = b2 * i1 - a2 * y1;
            r2 = b2 * i2 - a2 * y2;
            t2 = b2 * i3 - a2 * y3;
            x0[n] = y0;
            x1[n] = y1;
            x2[n] = y2;
            x3[n] = y3;
        }
        s0[zi] = p1;
        s0[zi + 1] = p2;
        s1[zi] = q1;
        s1[zi + 1] = q2;
        s2[zi] = r1;
        s2[zi + 1] = r2;
        s3[zi] = t1;
        s3[zi + 1] = t2;
    }

    /** Causal filtering from rest (zero state), like SciPy's sosfilt without zi. */
    public double[] filter(double[] x) {
        double[] y = x.clone();
        filterInPlace(y, 0, y.length, new double[2 * sections.length]);
        return y;
    }

    /** Causal filtering that keeps its state between blocks, for streams (acquisition, block-wise analysis). */
    public Stream stream() {
        return new Stream();
    }

    /** Zero-phase forward-backward filtering; see {@link ZeroPhase}. */
    public double[] filtfilt(double[] x) {
        return ZeroPhase.filtfilt(this, x);
    }

    /** The stateful causal filter of {@link #stream()}. */
    public final class Stream {
        private final double[] z = new double[2 * sections.length];
        private boolean started;

        /** Filters the block in place. The first block starts in steady state at its first value. */
        public void process(double[] x, int off, int len) {
            if (len == 0) return;
            if (!started) {
                double[] zi = steadyState();
                for (int i = 0; i < z.length; i++) z[i] = zi[i] * x[off];
                started = true;
            }
            filterInPlace(x, off, len, z);
        }
    }
}
