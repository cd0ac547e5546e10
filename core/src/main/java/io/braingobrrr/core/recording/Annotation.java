package io.braingobrrr.core.recording;

/**
 * A time-stamped note on a recording (EDF+ TAL entry, marker, scored event).
 *
 * @param onsetSeconds    seconds from the recording start (may be negative in EDF+)
 * @param durationSeconds duration in seconds, or NaN when the source gives none
 */
public record Annotation(double onsetSeconds, double durationSeconds, String text) {
    public boolean hasDuration() {
        return !Double.isNaN(durationSeconds);
    }
}
