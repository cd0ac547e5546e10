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
 * K-complexes on one EEG channel: in the 0.5–4 Hz zero-phase band, a negative trough followed within 1 s by a
 * positive peak, the swing at least {@code minSwingUv} and at least {@code minBackgroundRatio} x the median
 * 1 s peak-to-peak of the signal; troughs closer than 1 s keep the larger swing. The event spans the
 * zero crossing before the trough to the zero crossing after the peak.
 */
public final class KComplexDetector implements EventDetector {
    public static final String NAME = "brrr-kcomplexes";
    public static final String VERSION = "1.0";

    private final double minSwingUv;
    private final double minBackgroundRatio;

    public KComplexDetector(double minSwingUv, double minBackgroundRatio) {
        this.minSwingUv = minSwingUv;
        this.minBackgroundRatio = minBackgroundRatio;
    }

    public static KComplexDetector standard() {
        return new KComplexDetector(75, 2);
    }

    @Override
    public AlgorithmInfo info() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("band_hz", List.of(0.5, 4.0));
        p.put("filter", "Butterworth order 2 band-pass, zero-phase");
        p.put("min_swing_uv", minSwingUv);
        p.put("min_background_ratio", minBackgroundRatio);
        p.put("background", "median peak-to-peak of 1 s windows, half overlapping");
        p.put("trough_to_peak_max_s", 1.0);
        return new AlgorithmInfo(NAME, VERSION, p);
    }

    @Override
    public List<DetectedEvent> detect(double[] x, double fs, String channel) {
        if (x.length < 4 * fs) throw new IllegalArgumentException("need at least 4 s of signal for K-complex detection");
        double[] y = ZeroPhase.filtfilt(Butterworth.bandPass(2, 0.5, 4.0, fs), x);
        int n = y.length, w = (int) Math.round(fs), reach = (int) Math.round(fs);
        List<Double> p2p = new ArrayList<>();
        for (int i = 0; i + w <= n; i += Math.max(1, w / 2)) {
            double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
            for (int k = i; k < i + w; k++) {
                lo = Math.min(lo, y[k]);
                hi = Math.max(hi, y[k]);
            }
            p2p.add(hi - lo);
        }
        double background = MovingWindow.median(p2p.stream().mapToDouble(Double::doubleValue).toArray());
        record Candidate(int trough, int peak, double swing) {
        }
        List<Candidate> cands = new ArrayList<>();
        for (int t = 1; t < n - 1; t++) {
            if (!(y[t] < 0 && y[t] < y[t - 1] && y[t] <= y[t + 1])) continue;
            int peak = t;
            for (int k = t; k < Math.min(n, t + reach); k++) if (y[k] > y[peak]) peak = k;
            double swing = y[peak] - y[t];
            if (swing >= minSwingUv && swing >= minBackgroundRatio * background) cands.add(new Candidate(t, peak, swing));
        }
        cands.sort(Comparator.comparingDouble(Candidate::swing).reversed());
        List<Integer> kept = new ArrayList<>();
        List<DetectedEvent> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (kept.stream().anyMatch(k -> Math.abs(k - c.trough()) < fs)) continue;
            kept.add(c.trough());
            int s = c.trough();
            while (s > 0 && y[s] < 0) s--;
            int e = c.peak();
            while (e < n - 1 && y[e] > 0) e++;
            // Strength score, not a probability: 0.5 at the thresholds, towards 1 for swings far above them.
            double ratio = c.swing() / Math.max(minSwingUv, minBackgroundRatio * background);
            out.add(new DetectedEvent(new Interval(s / fs, (e - s) / fs), channel, EventKind.K_COMPLEX, 1 - 0.5 / ratio));
        }
        out.sort(Comparator.comparingDouble(DetectedEvent::onsetSeconds));
        return out;
    }
}
