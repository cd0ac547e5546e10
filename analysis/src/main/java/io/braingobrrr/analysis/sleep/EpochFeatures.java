package io.braingobrrr.analysis.sleep;

import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.analysis.dsp.Spectrogram;
import io.braingobrrr.analysis.dsp.Welch;
import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.SpindleDetector;

import java.util.List;

/**
 * Per-30 s-epoch features of one EEG channel for the stager: relative band powers (scale-free, so the
 * different amplifiers, montages and gains of the training recordings do not matter), the 95 % spectral edge
 * and the spindle count. Absolute power and slow-wave amplitude were tried and dropped: with seven training
 * recordings from four derivations they lowered leave-one-recording-out kappa (pooled 0.44 without, 0.37 with).
 * Each feature is also given as the mean of the neighbouring epochs (stages persist; a lone epoch is ambiguous).
 */
public final class EpochFeatures {
    public static final double EPOCH_SECONDS = 30;
    /** Top of the analysed band: below the Nyquist frequency of the 50 Hz DREAMS excerpt. */
    static final double TOP_HZ = 24;
    static final String[] BASE_NAMES = {
            "log_rel_delta", "log_rel_theta", "log_rel_alpha", "log_rel_sigma", "log_rel_beta",
            "sef95_hz", "spindles_per_epoch"};
    public static final String[] NAMES = names();

    private EpochFeatures() {
    }

    private static String[] names() {
        String[] n = new String[BASE_NAMES.length * 2];
        for (int i = 0; i < BASE_NAMES.length; i++) {
            n[i] = BASE_NAMES[i];
            n[BASE_NAMES.length + i] = BASE_NAMES[i] + "_neighbours";
        }
        return n;
    }

    public static int epochCount(int samples, double rateHz) {
        return (int) Math.floor(samples / (EPOCH_SECONDS * rateHz) + 1e-9);
    }

    /** One row of {@link #NAMES} per complete 30 s epoch. */
    public static double[][] of(double[] x, double rateHz) {
        int epochs = epochCount(x.length, rateHz);
        if (epochs < 1) throw new IllegalArgumentException("the EEG is shorter than one 30 s epoch");
        if (rateHz < 2 * TOP_HZ) throw new IllegalArgumentException("EEG sample rate " + rateHz + " Hz is below the stager's minimum of " + 2 * TOP_HZ + " Hz");
        List<DetectedEvent> spindles = new SpindleDetector(SpindleDetector.Parameters.defaults()).detect(x, rateHz, "");
        int[] spindleCount = new int[epochs];
        for (DetectedEvent s : spindles) {
            int e = (int) (s.onsetSeconds() / EPOCH_SECONDS);
            if (e < epochs) spindleCount[e]++;
        }
        int len = (int) Math.round(EPOCH_SECONDS * rateHz);
        int seg = (int) Math.round(4 * rateHz);
        Psd[] psds = epochSpectra(x, rateHz, epochs, len, seg);
        double[][] base = new double[epochs][BASE_NAMES.length];
        for (int e = 0; e < epochs; e++) {
            Psd psd = psds[e];
            double total = psd.power(0.5, TOP_HZ) + 1e-12;
            double[] f = base[e];
            f[0] = Math.log(psd.power(0.5, 4) / total + 1e-6);
            f[1] = Math.log(psd.power(4, 8) / total + 1e-6);
            f[2] = Math.log(psd.power(8, 12) / total + 1e-6);
            f[3] = Math.log(psd.power(12, 15) / total + 1e-6);
            f[4] = Math.log(psd.power(15, TOP_HZ) / total + 1e-6);
            f[5] = spectralEdge(psd, 0.95);
            f[6] = spindleCount[e];
        }
        double[][] out = new double[epochs][NAMES.length];
        int k = BASE_NAMES.length;
        for (int e = 0; e < epochs; e++) {
            System.arraycopy(base[e], 0, out[e], 0, k);
            int a = Math.max(0, e - 1), b = Math.min(epochs - 1, e + 1);
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int j = a; j <= b; j++) s += base[j][i];
                out[e][k + i] = s / (b - a + 1);
            }
        }
        return out;
    }

    /**
     * Welch spectrum of each epoch (4 s Hann segments, half overlap). When the 2 s step tiles the 30 s epoch
     * exactly (integer rates), one spectrogram of the whole signal serves every epoch: same segments, one FFT plan.
     */
    static Psd[] epochSpectra(double[] x, double rateHz, int epochs, int len, int seg) {
        Psd[] out = new Psd[epochs];
        int step = seg / 2;
        if (seg % 2 == 0 && 15L * step == Math.round(EPOCH_SECONDS * rateHz) && 15L * step == len) {
            Spectrogram sg = Spectrogram.of(x, rateHz, seg, step);   // segments past the last whole epoch are unused
            int perEpoch = (len - seg) / step + 1;
            for (int e = 0; e < epochs; e++) {
                double[] d = new double[seg / 2 + 1];
                for (int s = e * 15; s < e * 15 + perEpoch; s++) {
                    float[] p = sg.power()[s];
                    for (int k = 0; k < d.length; k++) d[k] += p[k];
                }
                for (int k = 0; k < d.length; k++) d[k] /= perEpoch;
                out[e] = new Psd(rateHz, seg, d, perEpoch);
            }
            return out;
        }
        for (int e = 0; e < epochs; e++) {
            Welch w = new Welch(rateHz, seg, seg / 2);
            w.add(x, (int) Math.round(e * EPOCH_SECONDS * rateHz), len);
            out[e] = w.result();
        }
        return out;
    }

    /** Frequency below which {@code share} of the 0.5–24 Hz power lies. */
    static double spectralEdge(Psd psd, double share) {
        double df = psd.binWidthHz();
        double total = psd.power(0.5, TOP_HZ);
        double acc = 0;
        for (int k = 0; k < psd.bins(); k++) {
            double f = psd.frequency(k);
            if (f < 0.5 || f >= TOP_HZ) continue;
            acc += psd.density()[k] * df;
            if (acc >= share * total) return f;
        }
        return TOP_HZ;
    }
}
