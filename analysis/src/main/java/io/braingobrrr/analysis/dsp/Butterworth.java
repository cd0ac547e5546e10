package io.braingobrrr.analysis.dsp;

import java.util.ArrayList;
import java.util.List;

/**
 * Butterworth IIR design as second-order sections: analog prototype poles, frequency transformation
 * (low/high/band-pass, band-stop) at prewarped edges {@code 2 fs tan(pi f / fs)}, bilinear transform.
 * Zeros are known in closed form (z = -1 for low-pass, +1 for high-pass, both for band-pass, the
 * digital centre on the unit circle for band-stop), so each section gets its share and is scaled to
 * unit gain at the pass-band reference (DC, Nyquist, centre) — the overall gain then equals SciPy's
 * {@code butter(..., output='sos')} filter, with a different but equivalent pairing of sections.
 *
 * <p>For band filters {@code order} is the prototype order (as in SciPy): the digital filter has
 * twice that order and {@code order} sections.
 */
public final class Butterworth {
    private Butterworth() {
    }

    public static SosFilter lowPass(int order, double cutoffHz, double fs) {
        check(order, fs, cutoffHz);
        double wc = warp(cutoffHz, fs);
        List<Complex> poles = new ArrayList<>();
        for (Complex p : prototype(order)) poles.add(p.times(wc));
        return build(poles, fs, z -> new double[] {1, 2, 1}, z -> new double[] {1, 1, 0}, 0);
    }

    public static SosFilter highPass(int order, double cutoffHz, double fs) {
        check(order, fs, cutoffHz);
        double wc = warp(cutoffHz, fs);
        List<Complex> poles = new ArrayList<>();
        for (Complex p : prototype(order)) poles.add(Complex.real(wc).div(p));
        return build(poles, fs, z -> new double[] {1, -2, 1}, z -> new double[] {1, -1, 0}, fs / 2);
    }

    public static SosFilter bandPass(int order, double lowHz, double highHz, double fs) {
        checkBand(order, lowHz, highHz, fs);
        double w1 = warp(lowHz, fs);
        double w2 = warp(highHz, fs);
        List<Complex> poles = bandPoles(order, w1, w2, false);
        double centre = digitalCentre(w1, w2, fs);
        // One zero at +1 and one at -1 per section: numerator 1 - z^-2.
        return build(poles, fs, z -> new double[] {1, 0, -1}, null, centre);
    }

    public static SosFilter bandStop(int order, double lowHz, double highHz, double fs) {
        checkBand(order, lowHz, highHz, fs);
        double w1 = warp(lowHz, fs);
        double w2 = warp(highHz, fs);
        List<Complex> poles = bandPoles(order, w1, w2, true);
        double c = Math.cos(2 * Math.PI * digitalCentre(w1, w2, fs) / fs);
        return build(poles, fs, z -> new double[] {1, -2 * c, 1}, null, 0);
    }

    /** The prewarped analog frequency (rad/s) that the bilinear transform maps to {@code f}. */
    static double warp(double f, double fs) {
        return 2 * fs * Math.tan(Math.PI * f / fs);
    }

    /** Digital frequency (Hz) of the analog centre sqrt(w1 w2). */
    private static double digitalCentre(double w1, double w2, double fs) {
        return Math.atan(Math.sqrt(w1 * w2) / (2 * fs)) * fs / Math.PI;
    }

    /** Left half-plane poles of the order-n prototype with cutoff 1 rad/s. */
    static List<Complex> prototype(int n) {
        List<Complex> p = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double theta = Math.PI * (2 * k + n + 1) / (2.0 * n);
            p.add(new Complex(Math.cos(theta), Math.sin(theta)));
        }
        return p;
    }

    private static List<Complex> bandPoles(int order, double w1, double w2, boolean stop) {
        double bw = w2 - w1;
        double w0sq = w1 * w2;
        List<Complex> poles = new ArrayList<>();
        for (Complex p : prototype(order)) {
            Complex half = stop ? Complex.real(bw / 2).div(p) : p.times(bw / 2);
            Complex root = half.times(half).minus(Complex.real(w0sq)).sqrt();
            poles.add(half.plus(root));
            poles.add(half.minus(root));
        }
        return poles;
    }

    private interface Numerator {
        double[] of(Complex pole);
    }

    /**
     * Maps analog poles to the z-plane, pairs conjugates into sections (a lone real pole gets a
     * first-order section with {@code firstOrder}'s numerator) and scales each section to |H| = 1 at
     * {@code refHz}.
     */
    private static SosFilter build(List<Complex> analog, double fs, Numerator second, Numerator firstOrder,
                                   double refHz) {
        double k = 2 * fs;
        List<Complex> upper = new ArrayList<>();
        List<Complex> real = new ArrayList<>();
        for (Complex s : analog) {
            Complex z = Complex.real(k).plus(s).div(Complex.real(k).minus(s));
            if (Math.abs(z.im()) < 1e-12 * Math.max(1, z.abs())) real.add(Complex.real(z.re()));
            else if (z.im() > 0) upper.add(z);
        }
        // Sections with poles nearest the unit circle last, as SciPy orders them (less overflow risk).
        upper.sort((a, b) -> Double.compare(a.abs(), b.abs()));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i + 1 < real.size(); i += 2) {
            double p1 = real.get(i).re();
            double p2 = real.get(i + 1).re();
            rows.add(row(second.of(real.get(i)), new double[] {1, -(p1 + p2), p1 * p2}));
        }
        if (real.size() % 2 == 1) {
            double p = real.get(real.size() - 1).re();
            Numerator num = firstOrder != null ? firstOrder : second;
            rows.add(0, row(num.of(real.get(real.size() - 1)), new double[] {1, -p, 0}));
        }
        for (Complex z : upper) {
            rows.add(row(second.of(z), new double[] {1, -2 * z.re(), z.re() * z.re() + z.im() * z.im()}));
        }
        double[][] sos = rows.toArray(new double[0][]);
        for (double[] s : sos) {
            double g = new SosFilter(new double[][] {s}).gain(refHz, fs);
            for (int i = 0; i < 3; i++) s[i] /= g;
        }
        SosFilter f = new SosFilter(sos);
        if (f.response(refHz, fs)[0] < 0) {
            for (int i = 0; i < 3; i++) sos[0][i] = -sos[0][i];
            f = new SosFilter(sos);
        }
        return f;
    }

    private static double[] row(double[] b, double[] a) {
        return new double[] {b[0], b[1], b[2], a[0], a[1], a[2]};
    }

    private static void check(int order, double fs, double f) {
        if (order < 1 || order > 20) throw new IllegalArgumentException("filter order must be 1..20, not " + order);
        if (!(fs > 0)) throw new IllegalArgumentException("sampling rate must be positive, not " + fs);
        if (!(f > 0 && f < fs / 2)) {
            throw new IllegalArgumentException("cutoff " + f + " Hz must lie between 0 and Nyquist (" + fs / 2 + " Hz)");
        }
    }

    private static void checkBand(int order, double lo, double hi, double fs) {
        check(order, fs, lo);
        check(order, fs, hi);
        if (!(lo < hi)) throw new IllegalArgumentException("band edges must rise: " + lo + " Hz .. " + hi + " Hz");
    }
}
