package io.braingobrrr.analysis.events;

/** A span of time in seconds from the start of a recording. */
public record Interval(double onsetSeconds, double durationSeconds) {
    public Interval {
        if (!(durationSeconds >= 0) || !Double.isFinite(onsetSeconds)) {
            throw new IllegalArgumentException("bad interval: onset " + onsetSeconds + " s, duration " + durationSeconds + " s");
        }
    }

    public double endSeconds() {
        return onsetSeconds + durationSeconds;
    }

    public double overlapSeconds(Interval o) {
        return Math.max(0, Math.min(endSeconds(), o.endSeconds()) - Math.max(onsetSeconds, o.onsetSeconds));
    }

    /** Intersection over union; 0 when the spans do not touch. */
    public double iou(Interval o) {
        double inter = overlapSeconds(o);
        double union = durationSeconds + o.durationSeconds - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
