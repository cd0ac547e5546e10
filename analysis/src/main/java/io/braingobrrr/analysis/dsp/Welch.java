package io.braingobrrr.analysis.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Welch's averaged periodogram exactly as {@code scipy.signal.welch(x, fs, window='hann',
 * nperseg=round(4*fs) (len(x) if shorter), noverlap=nperseg//2, detrend='constant',
 * scaling='density', average='mean')} defines it: periodic Hann window, segment mean removed, one-sided
 * density with every bin but DC and (even length) Nyquist doubled, plain mean over segments; samples
 * after the last whole segment are not used.
 *
 * <p>Streaming: feed blocks with {@link #add}, then {@link #result()}, so an 8 h channel never has to be
 * in memory at once. One instance per channel and thread.
 */
public final class Welch {
    private final double fs;
    private final int nperseg;
    private final int step;
    private final double[] window;
    private final double scale;
    private final DoubleFFT_1D fft;
    private final double[] buffer;
    private final double[] work;
    private final double[] sum;
    private int filled;
    private long segments;

    public Welch(double fs, int nperseg, int noverlap) {
        if (!(fs > 0)) throw new IllegalArgumentException("sampling rate must be positive, not " + fs);
        if (nperseg < 1) throw new IllegalArgumentException("segment length must be >= 1, not " + nperseg);
        if (noverlap < 0 || noverlap >= nperseg) {
            throw new IllegalArgumentException("overlap must be 0.." + (nperseg - 1) + ", not " + noverlap);
        }
        this.fs = fs;
        this.nperseg = nperseg;
        this.step = nperseg - noverlap;
        this.window = hann(nperseg);
        double s2 = 0;
        for (double w : window) s2 += w * w;
        this.scale = 1 / (fs * s2);
        this.fft = new DoubleFFT_1D(nperseg);
        this.buffer = new double[nperseg];
        this.work = new double[nperseg % 2 == 0 ? nperseg : 2 * nperseg];
        this.sum = new double[nperseg / 2 + 1];
    }

    /** The reference's choice for a signal of {@code length} samples: 4 s segments, half overlap. */
    public static Welch standard(double fs, long length) {
        int n = defaultSegment(fs, length);
        return new Welch(fs, n, n / 2);
    }

    /** round(4 fs) as Python rounds (half to even), or the length when the signal is shorter. */
    public static int defaultSegment(double fs, long length) {
        long n = (long) Math.rint(4 * fs);
        return (int) Math.max(1, Math.min(n, length));
    }

    /** PSD of a whole signal held in memory, with the reference's parameters. */
    public static Psd psd(double[] x, double fs) {
        Welch w = standard(fs, x.length);
        w.add(x, 0, x.length);
        return w.result();
    }

    public int segmentLength() {
        return nperseg;
    }

    public void add(double[] x, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int take = Math.min(end - i, nperseg - filled);
            System.arraycopy(x, i, buffer, filled, take);
            filled += take;
            i += take;
            if (filled == nperseg) {
                accumulate(buffer, 0, sum);
                segments++;
                System.arraycopy(buffer, step, buffer, 0, nperseg - step);
                filled = nperseg - step;
            }
        }
    }

    /** Float samples (as bulk reads deliver them). */
    public void add(float[] x, int off, int len) {
        double[] d = new double[Math.min(len, 65536)];
        for (int done = 0; done < len; done += d.length) {
            int n = Math.min(d.length, len - done);
            for (int k = 0; k < n; k++) d[k] = x[off + done + k];
            add(d, 0, n);
        }
    }

    /** Number of whole segments averaged so far. */
    public long segments() {
        return segments;
    }

    /** Mean of the segment periodograms; all zeros (and segments 0) when no segment was complete. */
    public Psd result() {
        double[] p = new double[sum.length];
        if (segments > 0) for (int k = 0; k < p.length; k++) p[k] = sum[k] / segments;
        return new Psd(fs, nperseg, p, segments);
    }

    /** One-sided density periodogram of {@code nperseg} samples at {@code x[off]}, added into {@code acc}. */
    void accumulate(double[] x, int off, double[] acc) {
        double mean = 0;
        for (int i = 0; i < nperseg; i++) mean += x[off + i];
        mean /= nperseg;
        for (int i = 0; i < nperseg; i++) work[i] = (x[off + i] - mean) * window[i];
        int half = nperseg / 2;
        if (nperseg % 2 == 0) {
            fft.realForward(work);
            acc[0] += work[0] * work[0] * scale;
            acc[half] += work[1] * work[1] * scale;
            for (int k = 1; k < half; k++) {
                double re = work[2 * k];
                double im = work[2 * k + 1];
                acc[k] += 2 * (re * re + im * im) * scale;
            }
        } else {
            java.util.Arrays.fill(work, nperseg, work.length, 0);
            fft.realForwardFull(work);
            acc[0] += work[0] * work[0] * scale;
            for (int k = 1; k <= half; k++) {
                double re = work[2 * k];
                double im = work[2 * k + 1];
                acc[k] += 2 * (re * re + im * im) * scale;
            }
        }
    }

    /** Periodic Hann (SciPy's get_window('hann', n), sym=False): 0.5 - 0.5 cos(2 pi i / n). */
    static double[] hann(int n) {
        double[] w = new double[n];
        if (n == 1) {
            w[0] = 1;
            return w;
        }
        for (int i = 0; i < n; i++) w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
        return w;
    }
}
