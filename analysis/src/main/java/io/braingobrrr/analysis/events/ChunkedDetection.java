package io.braingobrrr.analysis.events;

import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a single-channel detector over a whole signal in chunks, so that a 24 h recording never needs a whole
 * channel in the heap. Each chunk is read with a margin either side (filters settle, events on the edge are
 * seen whole); an event belongs to the chunk whose core holds its onset; events of the same kind that touch
 * across a chunk edge (a seizure longer than the margin) are joined. Times come from the source's own sample
 * clock, so EDF+D gaps are honoured.
 */
public final class ChunkedDetection {
    private ChunkedDetection() {
    }

    public static List<DetectedEvent> run(SignalSource src, int signal, EventDetector detector,
                                          double chunkSeconds, double marginSeconds) {
        double fs = src.signals().get(signal).sampleRateHz();
        String label = src.signals().get(signal).label();
        long total = src.sampleCount(signal);
        long chunk = Math.max(1, Math.round(chunkSeconds * fs));
        long margin = Math.round(marginSeconds * fs);
        List<DetectedEvent> out = new ArrayList<>();
        for (long core = 0; core < total; core += chunk) {
            long coreEnd = Math.min(total, core + chunk);
            long from = Math.max(0, core - margin);
            long to = Math.min(total, coreEnd + margin);
            // A short tail is analysed together with its predecessor's margin; too short alone, skip it.
            double[] x = new double[(int) (to - from)];
            src.readPhysical(signal, from, x, 0, x.length);
            List<DetectedEvent> found;
            try {
                found = detector.detect(x, fs, label);
            } catch (IllegalArgumentException tooShort) {
                if (from == 0 && to == total) throw tooShort;
                continue;
            }
            for (DetectedEvent e : found) {
                long onsetSample = from + Math.round(e.onsetSeconds() * fs);
                if (onsetSample < core || onsetSample >= coreEnd) continue;
                double onset = src.timeOfSample(signal, onsetSample);
                join(out, new DetectedEvent(new Interval(onset, e.durationSeconds()), label, e.kind(), e.confidence()));
            }
        }
        return out;
    }

    private static void join(List<DetectedEvent> out, DetectedEvent e) {
        if (!out.isEmpty()) {
            DetectedEvent last = out.get(out.size() - 1);
            if (last.kind() == e.kind() && e.kind() == EventKind.SEIZURE && e.onsetSeconds() <= last.interval().endSeconds()) {
                double end = Math.max(last.interval().endSeconds(), e.interval().endSeconds());
                out.set(out.size() - 1, new DetectedEvent(new Interval(last.onsetSeconds(), end - last.onsetSeconds()),
                        last.channel(), last.kind(), Math.max(last.confidence(), e.confidence())));
                return;
            }
        }
        out.add(e);
    }
}
