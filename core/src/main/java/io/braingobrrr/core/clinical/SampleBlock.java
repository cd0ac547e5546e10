package io.braingobrrr.core.clinical;

/**
 * Physical samples of one signal over a time range.
 *
 * @param firstSample index of values[0] among the signal's stored samples
 * @param startSeconds time of values[0] from the recording start
 */
public record SampleBlock(String label, String unit, double sampleRateHz, long firstSample, double startSeconds,
                          float[] values) {
}
