package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.ZeroPhase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spikes and sharp waves on one EEG channel, by morphology against the local background:
 * <ol>
 *   <li>1–70 Hz zero-phase band-pass (the clinical display band, so what is found is what is seen);</li>
 *   <li>candidate = a local extremum of either polarity whose height over the mean of the 200 ms around it is at
 *       least {@code minBackgroundRatio} x the local background (median absolute value of the band-passed signal
 *       over the surrounding {@code backgroundSeconds}) and at least {@code minAmplitudeUv};</li>
 *   <li>duration = the time between the half-height crossings either side, x 2 (the base width of a triangle of the
 *       same half-height width), kept when in 20–200 ms (spike below 70 ms, sharp wave above);</li>
 *   <li>sharpness: both flanks' mean slopes must be at least {@code minSlopeRatio} x the background slope (median
 *       |first difference| x rate): a rounded alpha or theta peak of the same height fails here;</li>
 *   <li>peaks closer than 200 ms keep the highest.</li>
 * </ol>
 * Decision support for the reader, not a diagnosis: it marks candidates to look at.
 */
public final class SpikeDetector implements EventDetector {
    public static final String NAME = "brrr-spikes";
    public static final String VERSION = "1.0";

    public record Parameters(double minBackgroundRatio, double minAmplitudeUv, double minSlopeRatio, double backgroundSeconds) {
        public static Parameters defaults() {
            return new Parameters(7.0, 20.0, 2.5, 10.0);
        }
    }

    private final Parameters p;

    public SpikeDetector(Parameters p) {
        this.p = p;
    }

    @Override
    public AlgorithmInfo info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("band_hz", List.of(1.0, 70.0));
        m.put("filter", "Butterworth order 2 band-pass, zero-phase (high edge capped at 0.45 x rate)");
        m.put("min_background_ratio", p.minBackgroundRatio());
        m.put("min_amplitude_uv", p.minAmplitudeUv());
        m.put("min_slope_ratio", p.minSlopeRatio());
        m.put("background_s", p.backgroundSeconds());
        m.put("duration_ms", List.of(20, 200));
        m.put("refractory_ms", 200);
        return new AlgorithmInfo(NAME, VERSION, m);
    }

    @Override
    public List<DetectedEvent> detect(double[] x, double fs, String channel) {
        if (fs < 100) throw new IllegalArgumentException("spike detection needs a sample rate of at least 100 Hz, not " + fs);
        if (x.length < 2 * fs) throw new IllegalArgumentException("need at least 2 s of signal for spike detection");
        double[] y = ZeroPhase.filtfilt(Butterworth.bandPass(2, 1.0, Math.min(70.0, 0.45 * fs), fs), x);
        int n = y.length;
        int reach = (int) Math.round(p.backgroundSeconds() / 2);
        double[] absLevel = smoothed(blockMedians(y, fs, false), reach);
        double[] slopeLevel = smoothed(blockMedians(y, fs, true), reach);
        int ctx = (int) Math.round(0.1 * fs);
        double[] prefix = MovingWindow.prefix(y);
        record Candidate(int peak, int start, int end, double height, double score) {
        }
        List<Candidate> cands = new ArrayList<>();
        for (int i = ctx; i < n - ctx; i++) {
            boolean max = y[i] > y[i - 1] && y[i] >= y[i + 1];
            boolean min = y[i] < y[i - 1] && y[i] <= y[i + 1];
            if (!max && !min) continue;
            double sign = max ? 1 : -1;
            int block = Math.min(absLevel.length - 1, (int) (i / fs));
            double background = absLevel[block];
            double threshold = Math.max(p.minAmplitudeUv(), p.minBackgroundRatio() * background);
            double base = (prefix[i + ctx + 1] - prefix[i - ctx]) / (2 * ctx + 1);
            double height = sign * (y[i] - base);
            if (height < threshold) continue;
            double half = y[i] - sign * height / 2;
            int s = i, e = i;
            while (s > i - ctx && sign * (y[s] - half) > 0) s--;
            while (e < i + ctx && sign * (y[e] - half) > 0) e++;
            double widthS = 2.0 * (e - s) / fs;
            if (widthS < 0.020 || widthS > 0.200) continue;
            double riseSlope = sign * (y[i] - y[s]) * fs / Math.max(1, i - s);
            double fallSlope = sign * (y[i] - y[e]) * fs / Math.max(1, e - i);
            double slopeBackground = slopeLevel[block] * fs;
            double slopeRatio = Math.min(riseSlope, fallSlope) / Math.max(slopeBackground, 1e-9);
            if (slopeRatio < p.minSlopeRatio()) continue;
            int halfBase = (int) Math.round(widthS * fs / 2);
            double score = (height / Math.max(p.minBackgroundRatio() * background, p.minAmplitudeUv()))
                    * Math.min(2, slopeRatio / p.minSlopeRatio());
            cands.add(new Candidate(i, Math.max(0, i - halfBase), Math.min(n - 1, i + halfBase), height, score));
        }
        cands.sort(Comparator.comparingDouble(Candidate::height).reversed());
        List<Integer> kept = new ArrayList<>();
        List<DetectedEvent> out = new ArrayList<>();
        int refractory = (int) Math.round(0.2 * fs);
        for (Candidate c : cands) {
            if (kept.stream().anyMatch(k -> Math.abs(k - c.peak()) < refractory)) continue;
            kept.add(c.peak());
            // A strength score, not a probability: 0.5 at the thresholds, towards 1 far above them.
            double confidence = 1 - 0.5 / Math.max(1, c.score());
            out.add(new DetectedEvent(new Interval(c.start() / fs, (c.end() - c.start()) / fs), channel, EventKind.SPIKE, confidence));
        }
        out.sort(Comparator.comparingDouble(DetectedEvent::onsetSeconds));
        return out;
    }

    /**
     * Median per 1 s block of |y| (or of |first difference|): the background level, robust to the events themselves.
     */
    private static double[] blockMedians(double[] y, double fs, boolean difference) {
        int w = (int) Math.round(fs);
        int blocks = Math.max(1, y.length / w);
        double[] out = new double[blocks];
        double[] buf = new double[w];
        for (int b = 0; b < blocks; b++) {
            int m = 0;
            for (int k = Math.max(1, b * w); k < Math.min(y.length, (b + 1) * w); k++) {
                buf[m++] = Math.abs(difference ? y[k] - y[k - 1] : y[k]);
            }
            out[b] = m == 0 ? 0 : io.braingobrrr.analysis.dsp.Select.median(buf, m);
        }
        return out;
    }

    /** The median of each block's neighbours within {@code reach} blocks. */
    private static double[] smoothed(double[] level, int reach) {
        double[] out = new double[level.length];
        for (int c = 0; c < level.length; c++) {
            int a = Math.max(0, c - reach), b = Math.min(level.length, c + reach + 1);
            out[c] = MovingWindow.median(java.util.Arrays.copyOfRange(level, a, b));
        }
        return out;
    }
}
