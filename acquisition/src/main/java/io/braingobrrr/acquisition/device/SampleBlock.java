package io.braingobrrr.acquisition.device;

/**
 * Consecutive samples of every channel, sample-major: {@code digital[i * channels + ch]}.
 *
 * @param firstSample index of the first sample since the stream started, counting samples the device
 *                    lost: a block whose firstSample is beyond the previous block's end follows a drop
 * @param dropped     samples lost right before this block (also visible as the jump in firstSample)
 */
public record SampleBlock(long firstSample, int channels, int count, int[] digital, int dropped) {
    public SampleBlock {
        if (digital.length < channels * count) {
            throw new IllegalArgumentException(digital.length + " values for " + channels + " x " + count);
        }
    }

    public int value(int sample, int channel) {
        return digital[sample * channels + channel];
    }

    public long endSample() {
        return firstSample + count;
    }
}
