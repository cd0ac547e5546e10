package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.SampleBlock;

import java.util.Arrays;

/**
 * Samples of one continuous stretch, per channel, waiting to become whole data records. A few samples lost in
 * transport are filled by holding the last value (and counted), so the time of every later sample stays right;
 * a longer loss ends the stretch and becomes a gap instead.
 */
final class SegmentBuffer {
    private final int channels;
    private final int spr;
    private int[][] data;
    private int length;
    private long expected = -1;
    private long filled;

    SegmentBuffer(int channels, int samplesPerRecord) {
        this.channels = channels;
        this.spr = samplesPerRecord;
        this.data = new int[channels][Math.max(1024, samplesPerRecord * 4)];
    }

    /** Samples in the stream this buffer expects next, or -1 before the first block. */
    long expected() {
        return expected;
    }

    boolean isEmpty() {
        return expected < 0;
    }

    /** Adds a block; {@code fillLimit} is the longest hole filled by holding (longer ones are the caller's gap). */
    void add(SampleBlock b) {
        if (expected >= 0 && b.firstSample() > expected) {
            int hole = (int) (b.firstSample() - expected);
            ensure(hole);
            for (int ch = 0; ch < channels; ch++) {
                int last = length > 0 ? data[ch][length - 1] : b.value(0, ch);
                Arrays.fill(data[ch], length, length + hole, last);
            }
            length += hole;
            filled += hole;
        }
        ensure(b.count());
        for (int i = 0; i < b.count(); i++) {
            for (int ch = 0; ch < channels; ch++) data[ch][length + i] = b.value(i, ch);
        }
        length += b.count();
        expected = b.endSample();
    }

    int completeRecords() {
        return length / spr;
    }

    /** Removes and returns the complete records, per channel. */
    int[][] takeRecords(int records) {
        int n = records * spr;
        int[][] out = new int[channels][];
        for (int ch = 0; ch < channels; ch++) {
            out[ch] = Arrays.copyOf(data[ch], n);
            System.arraycopy(data[ch], n, data[ch], 0, length - n);
        }
        length -= n;
        return out;
    }

    /** Samples held that do not make a whole record (lost when the stretch ends). */
    int remainder() {
        return length;
    }

    long filledSamples() {
        return filled;
    }

    private void ensure(int more) {
        if (length + more <= data[0].length) return;
        int size = Math.max(data[0].length * 2, length + more);
        for (int ch = 0; ch < channels; ch++) data[ch] = Arrays.copyOf(data[ch], size);
    }
}
