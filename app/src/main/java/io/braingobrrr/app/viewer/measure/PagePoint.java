package io.braingobrrr.app.viewer.measure;

/**
 * A point of a shown page: a channel of the montage on screen and a time, with the trace's value there.
 *
 * @param seconds    from the recording start
 * @param microvolts the displayed (montage + filters) value at the sample under the point; NaN past the end
 */
public record PagePoint(int channel, String label, double seconds, double microvolts) {
}
