package io.braingobrrr.analysis.quality;

import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.SosFilter;
import io.braingobrrr.analysis.dsp.Welch;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import java.util.Locale;
import java.util.Set;

/**
 * One streaming pass over one channel: reads blocks through {@link SignalSource} (never the whole
 * channel), runs the causal filters the artifact features need and feeds the Welch accumulator, so
 * quality control and spectra cost one read. Causal filtering is fine here: features are per-second
 * magnitudes, not waveforms on screen.
 */
public final class ChannelScan {
    /** Samples read per block: 64 k samples = 256 s at 256 Hz, 512 kB as double. */
    static final int BLOCK = 1 << 16;
    /** Electrodes whose slow deflections are blinks (frontopolar and anterior frontal). */
    static final Set<String> FRONTAL = Set.of("FP1", "FP2", "FPZ", "AF3", "AF4", "AF7", "AF8", "AFZ");

    private ChannelScan() {
    }

    /** Factor from the signal's physical unit to µV, or NaN when it is not a voltage. */
    public static double microvoltsPer(String unit) {
        String u = unit == null ? "" : unit.trim().replace('µ', 'u').replace('μ', 'u').toLowerCase(Locale.ROOT);
        return switch (u) {
            case "uv" -> 1;
            case "mv" -> 1e3;
            case "v" -> 1e6;
            case "nv" -> 1e-3;
            default -> Double.NaN;
        };
    }

    public static ChannelFeatures scan(SignalSource src, int signal) {
        SignalInfo info = src.signals().get(signal);
        double fs = info.sampleRateHz();
        long n = src.sampleCount(signal);
        double toUv = microvoltsPer(info.physicalDimension());
        boolean voltage = !Double.isNaN(toUv);
        double scale = voltage ? toUv : 1;
        int epochLen = (int) Math.max(1, Math.round(fs));
        int epochs = (int) (n / epochLen);
        double nyq = fs / 2;
        SosFilter.Stream hp = nyq > 1 ? Butterworth.highPass(2, 0.5, fs).stream() : null;
        SosFilter.Stream high = nyq > 45 ? Butterworth.bandPass(3, 20, 40, fs).stream() : null;
        boolean frontal = info.electrode() != null && FRONTAL.contains(info.electrode().toUpperCase(Locale.ROOT));
        SosFilter.Stream low = frontal && nyq > 8 ? Butterworth.lowPass(2, 4, fs).stream() : null;
        Welch welch = Welch.standard(fs, n);

        float[] maxAbs = new float[epochs];
        float[] rms = new float[epochs];
        float[] highRms = high == null ? null : new float[epochs];
        float[] lowPtp = low == null ? null : new float[epochs];
        float[] maxStep = new float[epochs];
        float[] rawPtp = new float[epochs];
        double[] onset = new double[epochs];
        double span = Math.abs(info.physicalMax() - info.physicalMin());
        double lo = Math.min(info.physicalMin(), info.physicalMax()) + 0.001 * span;
        double hi = Math.max(info.physicalMin(), info.physicalMax()) - 0.001 * span;
        long railed = 0;

        int block = (int) Math.min(n, Math.max(epochLen, (BLOCK / epochLen) * (long) epochLen));
        double[] raw = new double[Math.max(1, block)];
        double[] hpx = new double[raw.length];
        double[] hx = new double[raw.length];
        double[] lx = new double[raw.length];
        double prev = Double.NaN;
        // running epoch accumulators
        int e = 0;
        int inEpoch = 0;
        double mAbs = 0, sq = 0, hsq = 0, lMin = Double.POSITIVE_INFINITY, lMax = Double.NEGATIVE_INFINITY;
        double step = 0, rMin = Double.POSITIVE_INFINITY, rMax = Double.NEGATIVE_INFINITY;
        for (long at = 0; at < n; at += block) {
            int len = (int) Math.min(block, n - at);
            src.readPhysical(signal, at, raw, 0, len);
            for (int i = 0; i < len; i++) {
                double v = raw[i];
                if (v <= lo || v >= hi) railed++;
                v *= scale;
                raw[i] = v;
            }
            welch.add(raw, 0, len);
            System.arraycopy(raw, 0, hpx, 0, len);
            if (hp != null) hp.process(hpx, 0, len);
            if (high != null) {
                System.arraycopy(raw, 0, hx, 0, len);
                high.process(hx, 0, len);
            }
            if (low != null) {
                System.arraycopy(hpx, 0, lx, 0, len);
                low.process(lx, 0, len);
            }
            for (int i = 0; i < len && e < epochs; i++) {
                double v = raw[i];
                if (!Double.isNaN(prev)) step = Math.max(step, Math.abs(v - prev));
                prev = v;
                rMin = Math.min(rMin, v);
                rMax = Math.max(rMax, v);
                double h = hpx[i];
                mAbs = Math.max(mAbs, Math.abs(h));
                sq += h * h;
                if (high != null) hsq += hx[i] * hx[i];
                if (low != null) {
                    lMin = Math.min(lMin, lx[i]);
                    lMax = Math.max(lMax, lx[i]);
                }
                if (++inEpoch == epochLen) {
                    onset[e] = src.timeOfSample(signal, (long) e * epochLen);
                    maxAbs[e] = (float) mAbs;
                    rms[e] = (float) Math.sqrt(sq / epochLen);
                    if (high != null) highRms[e] = (float) Math.sqrt(hsq / epochLen);
                    if (low != null) lowPtp[e] = (float) (lMax - lMin);
                    maxStep[e] = (float) step;
                    rawPtp[e] = (float) (rMax - rMin);
                    e++;
                    inEpoch = 0;
                    mAbs = sq = hsq = step = 0;
                    lMin = rMin = Double.POSITIVE_INFINITY;
                    lMax = rMax = Double.NEGATIVE_INFINITY;
                }
            }
        }
        return new ChannelFeatures(signal, info.label(), info.electrode(), info.kind(), fs, voltage, onset,
                epochLen / fs, maxAbs, rms, highRms, lowPtp, maxStep, rawPtp, railed, n, welch.result());
    }
}
