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
 * Rapid eye movements on the two EOG channels (LOC, ROC). A conjugate eye movement moves the two outer-canthus
 * electrodes in opposite directions, while EEG leaking into both (slow waves, K-complexes) moves them together;
 * so, in the 0.5–5 Hz zero-phase band:
 * <ol>
 *   <li>the signals must be out of phase (LOC x ROC &lt; 0) at the peak;</li>
 *   <li>the peak of |LOC − ROC| must reach {@code minAmplitudeUv};</li>
 *   <li>its steepest slope within 0.3 s before the peak must reach {@code minSlopeUvPerS} (rapid, not a slow
 *       rolling movement of sleep onset);</li>
 *   <li>the event spans the half-height crossings of |LOC − ROC| around the peak, 0.3–1.5 s long after widening;
 *       peaks closer than 0.5 s keep the largest.</li>
 * </ol>
 * With one EOG channel only, step 1 cannot be checked and the channel's own deflection is used against half the
 * thresholds (one electrode sees about half the LOC − ROC swing); this is less specific.
 */
public final class RemDetector implements EventDetector {
    public static final String NAME = "brrr-rems";
    public static final String VERSION = "1.0";

    public record Parameters(double minAmplitudeUv, double minSlopeUvPerS) {
        public static Parameters defaults() {
            return new Parameters(50.0, 150.0);
        }
    }

    private final Parameters p;

    public RemDetector(Parameters p) {
        this.p = p;
    }

    @Override
    public AlgorithmInfo info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("band_hz", List.of(0.5, 5.0));
        m.put("filter", "Butterworth order 2 band-pass, zero-phase");
        m.put("min_amplitude_uv", p.minAmplitudeUv());
        m.put("min_slope_uv_per_s", p.minSlopeUvPerS());
        m.put("out_of_phase_required", "when both LOC and ROC are present");
        m.put("duration_s", List.of(0.3, 1.5));
        return new AlgorithmInfo(NAME, VERSION, m);
    }

    /** One EOG channel only: no phase check. */
    @Override
    public List<DetectedEvent> detect(double[] x, double fs, String channel) {
        double[] y = band(x, fs);
        double[] mag = new double[y.length];
        for (int i = 0; i < y.length; i++) mag[i] = Math.abs(y[i]);
        return peaks(mag, null, null, fs, channel, 0.5);
    }

    /** Both EOG channels, same rate and length. */
    public List<DetectedEvent> detect(double[] loc, double[] roc, double fs, String channels) {
        if (loc.length != roc.length) {
            throw new IllegalArgumentException("LOC and ROC differ in length (" + loc.length + " vs " + roc.length + " samples)");
        }
        double[] l = band(loc, fs), r = band(roc, fs);
        double[] mag = new double[l.length];
        for (int i = 0; i < l.length; i++) mag[i] = Math.abs(l[i] - r[i]);
        return peaks(mag, l, r, fs, channels, 1.0);
    }

    private static double[] band(double[] x, double fs) {
        if (fs < 20) throw new IllegalArgumentException("REM detection needs a sample rate of at least 20 Hz, not " + fs);
        if (x.length < 4 * fs) throw new IllegalArgumentException("need at least 4 s of EOG for REM detection");
        return ZeroPhase.filtfilt(Butterworth.bandPass(2, 0.5, 5.0, fs), x);
    }

    private List<DetectedEvent> peaks(double[] mag, double[] l, double[] r, double fs, String channel, double scale) {
        double minAmplitude = scale * p.minAmplitudeUv(), minSlope = scale * p.minSlopeUvPerS();
        int n = mag.length, back = (int) Math.round(0.3 * fs);
        record Candidate(int peak, double height, double slope) {
        }
        List<Candidate> cands = new ArrayList<>();
        for (int i = 1; i < n - 1; i++) {
            if (!(mag[i] >= minAmplitude && mag[i] > mag[i - 1] && mag[i] >= mag[i + 1])) continue;
            if (l != null && l[i] * r[i] >= 0) continue;
            double slope = 0;
            for (int k = Math.max(1, i - back); k <= i; k++) slope = Math.max(slope, (mag[k] - mag[k - 1]) * fs);
            if (slope < minSlope) continue;
            cands.add(new Candidate(i, mag[i], slope));
        }
        cands.sort(Comparator.comparingDouble(Candidate::height).reversed());
        List<Integer> kept = new ArrayList<>();
        List<DetectedEvent> out = new ArrayList<>();
        int refractory = (int) Math.round(0.5 * fs);
        for (Candidate c : cands) {
            if (kept.stream().anyMatch(k -> Math.abs(k - c.peak()) < refractory)) continue;
            int s = c.peak(), e = c.peak();
            while (s > 0 && mag[s] > c.height() / 2 && c.peak() - s < 1.5 * fs) s--;
            while (e < n - 1 && mag[e] > c.height() / 2 && e - c.peak() < 1.5 * fs) e++;
            double dur = Math.max(0.3, Math.min(1.5, (e - s) / fs));
            double onset = Math.max(0, c.peak() / fs - dur / 2);
            kept.add(c.peak());
            double strength = Math.min(c.height() / minAmplitude, c.slope() / minSlope);
            out.add(new DetectedEvent(new Interval(onset, dur), channel, EventKind.REM, 1 - 0.5 / Math.max(1, strength)));
        }
        out.sort(Comparator.comparingDouble(DetectedEvent::onsetSeconds));
        return out;
    }
}
