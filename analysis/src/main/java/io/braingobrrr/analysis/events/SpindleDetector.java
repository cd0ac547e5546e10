package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.SosFilter;
import io.braingobrrr.analysis.dsp.ZeroPhase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sleep spindles on one EEG channel. Three per-sample criteria on the zero-phase sigma band (11–16 Hz) and
 * the broadband (1–30 Hz) signal:
 * <ol>
 *   <li>sigma RMS (0.3 s window) above {@code coreFactor} x its recording median;</li>
 *   <li>relative sigma power (sigma energy / broadband energy, 1 s window) above {@code minRelativePower};</li>
 *   <li>correlation of sigma and broadband signal (0.3 s) above {@code minCorrelation}, i.e. the spindle is
 *       visible in the raw trace and not a small component under a large slow wave.</li>
 * </ol>
 * An event is a run where sigma RMS exceeds {@code edgeFactor} x median (the edges: a lower threshold so
 * the event spans the whole visible spindle) that holds at least {@code minCoreSeconds} of samples meeting
 * all three criteria; runs closer than {@code mergeGapSeconds} merge; 0.5–2 s events are kept.
 * The thresholds were chosen on DREAMS excerpts 1–5 (see docs/VALIDATION.md for the leave-one-out figures).
 */
public final class SpindleDetector implements EventDetector {
    public static final String NAME = "brrr-spindles";
    public static final String VERSION = "1.0";

    public record Parameters(double sigmaLowHz, double sigmaHighHz, double broadLowHz, double broadHighHz,
                             double rmsWindowSeconds, double relativeWindowSeconds, double correlationWindowSeconds,
                             double coreFactor, double edgeFactor, double minRelativePower, double minCorrelation,
                             double minCoreSeconds, double mergeGapSeconds, double minDurationSeconds, double maxDurationSeconds) {
        public static Parameters defaults() {
            return new Parameters(11, 16, 1, 30, 0.3, 1.0, 0.3, 2.5, 2.0, 0.05, 0.5, 0.25, 0.1, 0.5, 2.0);
        }

        public Parameters withThresholds(double core, double edge, double relative, double correlation, double minCore) {
            return new Parameters(sigmaLowHz, sigmaHighHz, broadLowHz, broadHighHz, rmsWindowSeconds, relativeWindowSeconds,
                    correlationWindowSeconds, core, edge, relative, correlation, minCore, mergeGapSeconds,
                    minDurationSeconds, maxDurationSeconds);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sigma_band_hz", List.of(sigmaLowHz, sigmaHighHz));
            m.put("broad_band_hz", List.of(broadLowHz, broadHighHz));
            m.put("rms_window_s", rmsWindowSeconds);
            m.put("relative_window_s", relativeWindowSeconds);
            m.put("correlation_window_s", correlationWindowSeconds);
            m.put("core_factor_x_median_rms", coreFactor);
            m.put("edge_factor_x_median_rms", edgeFactor);
            m.put("min_relative_sigma_power", minRelativePower);
            m.put("min_correlation", minCorrelation);
            m.put("min_core_s", minCoreSeconds);
            m.put("merge_gap_s", mergeGapSeconds);
            m.put("duration_s", List.of(minDurationSeconds, maxDurationSeconds));
            m.put("filter", "Butterworth order 4 band-pass, zero-phase");
            return m;
        }
    }

    /** Per-sample criteria of one signal, computed once so several threshold sets can be tried cheaply. */
    public record Features(double rateHz, double[] sigmaRms, double[] relativePower, double[] correlation, double medianRms) {
    }

    private final Parameters p;

    public SpindleDetector(Parameters p) {
        this.p = p;
    }

    @Override
    public AlgorithmInfo info() {
        return new AlgorithmInfo(NAME, VERSION, p.asMap());
    }

    public Features features(double[] x, double rateHz) {
        if (x.length < rateHz * 4) throw new IllegalArgumentException("need at least 4 s of signal for spindle detection");
        double broadHigh = Math.min(p.broadHighHz, 0.45 * rateHz);
        if (p.sigmaHighHz >= 0.5 * rateHz) {
            throw new IllegalArgumentException("sample rate " + rateHz + " Hz too low for the " + p.sigmaHighHz + " Hz sigma band");
        }
        SosFilter sigmaFilter = Butterworth.bandPass(4, p.sigmaLowHz, p.sigmaHighHz, rateHz);
        SosFilter broadFilter = Butterworth.bandPass(4, p.broadLowHz, broadHigh, rateHz);
        double[] sigma = ZeroPhase.filtfilt(sigmaFilter, x);
        double[] broad = ZeroPhase.filtfilt(broadFilter, x);
        int wRms = window(p.rmsWindowSeconds, rateHz);
        int wRel = window(p.relativeWindowSeconds, rateHz);
        int wCorr = window(p.correlationWindowSeconds, rateHz);
        // Running sums once; every windowed statistic below is two look-ups (the night is millions of samples).
        double[] pss = MovingWindow.prefixOfProduct(sigma, sigma);
        double[] pbb = MovingWindow.prefixOfProduct(broad, broad);
        double[] psb = MovingWindow.prefixOfProduct(sigma, broad);
        double[] ps = MovingWindow.prefix(sigma);
        double[] pb = MovingWindow.prefix(broad);
        int n = x.length;
        double[] rms = new double[n];
        double[] rel = new double[n];
        double[] corr = new double[n];
        for (int i = 0; i < n; i++) {
            rms[i] = Math.sqrt(Math.max(0, MovingWindow.mean(pss, i, wRms)));
            rel[i] = MovingWindow.mean(pss, i, wRel) / (MovingWindow.mean(pbb, i, wRel) + 1e-12);
            double mx = MovingWindow.mean(ps, i, wCorr), my = MovingWindow.mean(pb, i, wCorr);
            double vx = MovingWindow.mean(pss, i, wCorr) - mx * mx, vy = MovingWindow.mean(pbb, i, wCorr) - my * my;
            corr[i] = (MovingWindow.mean(psb, i, wCorr) - mx * my) / Math.sqrt(Math.max(vx * vy, 1e-12));
        }
        return new Features(rateHz, rms, rel, corr, MovingWindow.median(rms));
    }

    @Override
    public List<DetectedEvent> detect(double[] x, double rateHz, String channel) {
        return detect(features(x, rateHz), channel);
    }

    public List<DetectedEvent> detect(Features f, String channel) {
        double fs = f.rateHz();
        double base = f.medianRms();
        double[] rms = f.sigmaRms();
        int n = rms.length;
        List<int[]> runs = new ArrayList<>();          // [start, end) of edge runs with enough core
        List<Double> peaks = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (rms[i] <= p.edgeFactor * base) {
                i++;
                continue;
            }
            int a = i, core = 0;
            double peak = 0;
            while (i < n && rms[i] > p.edgeFactor * base) {
                if (rms[i] > p.coreFactor * base && f.relativePower()[i] > p.minRelativePower && f.correlation()[i] > p.minCorrelation) core++;
                peak = Math.max(peak, rms[i]);
                i++;
            }
            if (core < p.minCoreSeconds * fs) continue;
            int last = runs.size() - 1;
            if (last >= 0 && (a - runs.get(last)[1]) / fs < p.mergeGapSeconds) {
                runs.get(last)[1] = i;
                peaks.set(last, Math.max(peaks.get(last), peak));
            } else {
                runs.add(new int[] {a, i});
                peaks.add(peak);
            }
        }
        List<DetectedEvent> out = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            double dur = (runs.get(k)[1] - runs.get(k)[0]) / fs;
            if (dur < p.minDurationSeconds || dur > p.maxDurationSeconds) continue;
            // A monotone strength score, not a calibrated probability: 0.5 at the core threshold, → 1 far above it.
            double ratio = peaks.get(k) / (p.coreFactor * base);
            double confidence = Math.max(0, Math.min(1, 1 - 0.5 / Math.max(ratio, 0.5)));
            out.add(new DetectedEvent(new Interval(runs.get(k)[0] / fs, dur), channel, EventKind.SPINDLE, confidence));
        }
        return out;
    }

    private static int window(double seconds, double fs) {
        return Math.max(1, (int) Math.round(seconds * fs));
    }
}
