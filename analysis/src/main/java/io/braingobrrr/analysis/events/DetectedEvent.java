package io.braingobrrr.analysis.events;

/** One event found by a detector; confidence in [0, 1]. */
public record DetectedEvent(Interval interval, String channel, EventKind kind, double confidence) {
    public double onsetSeconds() {
        return interval.onsetSeconds();
    }

    public double durationSeconds() {
        return interval.durationSeconds();
    }
}
