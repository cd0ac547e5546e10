package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.ZeroPhase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seizures on one channel of a continuous recording: sustained, rhythmic activity well above the record's own
 * background, with an onset and an offset.
 * <ol>
 *   <li>0.5–30 Hz zero-phase band-pass; 2 s windows every 1 s;</li>
 *   <li>per window: line length per second, rhythmicity (highest normalised autocorrelation at 1–10 Hz lags, i.e.
 *       0.1–1 s) and dominant frequency (the lag of that peak);</li>
 *   <li>background = the median line length of all windows (so it assumes seizures are a minority of the record);</li>
 *   <li>a window is ictal-like when its line length is at least {@code minLineLengthRatio} x background and its
 *       rhythmicity at least {@code minRhythmicity}, or when its line length alone reaches
 *       {@code strongLineLengthRatio} x background (polyspike and mixed-frequency ictal patterns are not periodic
 *       within 2 s; on the Bonn set half the ictal segments have rhythmicity below 0.3);</li>
 *   <li>runs of ictal-like windows with holes of at most {@code maxHoleSeconds} are merged; runs of at least
 *       {@code minDurationSeconds} are seizures, from the first window's start to the last window's end;</li>
 *   <li>evolution (change of dominant frequency or line length between the first and last third of the event) is
 *       measured and raises the confidence, as a reader weighs it, but is not required: ictal patterns recorded
 *       mid-seizure need not evolve within the span seen.</li>
 * </ol>
 * Decision support, not a diagnosis.
 */
public final class SeizureDetector implements EventDetector {
    public static final String NAME = "brrr-seizures";
    public static final String VERSION = "1.0";

    public record Parameters(double minLineLengthRatio, double minRhythmicity, double strongLineLengthRatio,
                             double minDurationSeconds, double maxHoleSeconds) {
        public static Parameters defaults() {
            return new Parameters(2.5, 0.3, 4.0, 8.0, 2.0);
        }
    }

    /** What one 2 s window measured; exposed for the validation report. */
    public record Window(double startSeconds, double lineLengthPerSecond, double rhythmicity, double dominantHz) {
    }

    private static final double WINDOW_S = 2.0;
    private final Parameters p;

    public SeizureDetector(Parameters p) {
        this.p = p;
    }

    @Override
    public AlgorithmInfo info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("band_hz", List.of(0.5, 30.0));
        m.put("window_s", WINDOW_S);
        m.put("step_s", 1.0);
        m.put("min_line_length_ratio", p.minLineLengthRatio());
        m.put("min_rhythmicity", p.minRhythmicity());
        m.put("strong_line_length_ratio", p.strongLineLengthRatio());
        m.put("min_duration_s", p.minDurationSeconds());
        m.put("max_hole_s", p.maxHoleSeconds());
        m.put("background", "median line length of all windows of the record");
        return new AlgorithmInfo(NAME, VERSION, m);
    }

    /** Every window with all its features (for validation and display). */
    public static List<Window> windows(double[] x, double fs) {
        return windows(x, fs, 0);
    }

    /**
     * Windows of the band-passed signal; rhythmicity (the costly part) is computed only where the line length
     * reaches {@code lineLengthRatioGate} x the median line length, and is 0 elsewhere.
     */
    private static List<Window> windows(double[] x, double fs, double lineLengthRatioGate) {
        if (fs < 60) throw new IllegalArgumentException("seizure detection needs a sample rate of at least 60 Hz, not " + fs);
        if (x.length < 4 * WINDOW_S * fs) throw new IllegalArgumentException("need at least 8 s of signal for seizure detection");
        double[] y = ZeroPhase.filtfilt(Butterworth.bandPass(2, 0.5, 30.0, fs), x);
        int w = (int) Math.round(WINDOW_S * fs), step = (int) Math.round(fs);
        int lagMin = (int) Math.round(0.1 * fs), lagMax = (int) Math.round(1.0 * fs);
        int count = y.length < w ? 0 : (y.length - w) / step + 1;
        double[] lls = new double[count];
        for (int j = 0; j < count; j++) {
            int a = j * step;
            double ll = 0;
            for (int i = a + 1; i < a + w; i++) ll += Math.abs(y[i] - y[i - 1]);
            lls[j] = ll / WINDOW_S;
        }
        double gate = lineLengthRatioGate * MovingWindow.median(lls);
        List<Window> out = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            int a = j * step;
            if (lls[j] < gate) {
                out.add(new Window(a / fs, lls[j], 0, 0));
                continue;
            }
            double mean = 0;
            for (int i = a; i < a + w; i++) mean += y[i] / w;
            double var = 0;
            for (int i = a; i < a + w; i++) var += (y[i] - mean) * (y[i] - mean);
            double best = 0;
            int bestLag = 0;
            if (var > 0) {
                for (int lag = lagMin; lag <= lagMax && lag < w; lag++) {
                    double s = 0;
                    for (int i = a; i + lag < a + w; i++) s += (y[i] - mean) * (y[i + lag] - mean);
                    double r = s / var;
                    if (r > best) {
                        best = r;
                        bestLag = lag;
                    }
                }
            }
            out.add(new Window(a / fs, lls[j], best, bestLag == 0 ? 0 : fs / bestLag));
        }
        return out;
    }

    @Override
    public List<DetectedEvent> detect(double[] x, double fs, String channel) {
        List<Window> ws = windows(x, fs, p.minLineLengthRatio());
        double[] ll = ws.stream().mapToDouble(Window::lineLengthPerSecond).toArray();
        double background = MovingWindow.median(ll);
        boolean[] ictal = new boolean[ws.size()];
        for (int i = 0; i < ictal.length; i++) {
            ictal[i] = ll[i] >= p.strongLineLengthRatio() * background
                    || ll[i] >= p.minLineLengthRatio() * background && ws.get(i).rhythmicity() >= p.minRhythmicity();
        }
        int hole = (int) Math.round(p.maxHoleSeconds());
        List<DetectedEvent> out = new ArrayList<>();
        int i = 0;
        while (i < ictal.length) {
            if (!ictal[i]) {
                i++;
                continue;
            }
            int first = i, last = i;
            for (int k = i + 1; k < ictal.length && k - last <= hole + 1; k++) if (ictal[k]) last = k;
            i = last + 1;
            double onset = ws.get(first).startSeconds();
            double end = ws.get(last).startSeconds() + WINDOW_S;
            if (end - onset < p.minDurationSeconds()) continue;
            out.add(new DetectedEvent(new Interval(onset, end - onset), channel, EventKind.SEIZURE,
                    confidence(ws.subList(first, last + 1), background)));
        }
        return out;
    }

    /** 0.5 at the thresholds; more for activity far above the background, and for evolution in frequency or amplitude. */
    private double confidence(List<Window> event, double background) {
        int third = Math.max(1, event.size() / 3);
        double f0 = 0, f1 = 0, l0 = 0, l1 = 0, llSum = 0;
        for (int k = 0; k < third; k++) {
            f0 += event.get(k).dominantHz() / third;
            l0 += event.get(k).lineLengthPerSecond() / third;
            f1 += event.get(event.size() - 1 - k).dominantHz() / third;
            l1 += event.get(event.size() - 1 - k).lineLengthPerSecond() / third;
        }
        for (Window w : event) llSum += w.lineLengthPerSecond() / event.size();
        double ratio = llSum / (p.minLineLengthRatio() * background);
        boolean evolves = Math.abs(f1 - f0) > 0.2 * Math.max(f0, f1) || Math.abs(l1 - l0) > 0.3 * Math.max(l0, l1);
        double c = 1 - 0.5 / Math.max(1, ratio);
        return evolves ? Math.min(0.99, c + 0.5 * (1 - c)) : c;
    }
}
