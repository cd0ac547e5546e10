package io.braingobrrr.acquisition.cyton;

import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;

/** Bytes in, blocks of rescaled samples out: parser, then assembler, then blocks of {@code perBlock} samples. */
final class CytonStream {
    private static final int RAIL = (1 << 23) - 1;
    private final PacketParser parser;
    private final SampleAssembler assembler;
    private final double[] factor;
    private final int channels;
    private final int perBlock;
    private final SampleListener listener;
    private int[] values;
    private int count;
    private long first = -1;
    private long expected;
    private int droppedBefore;
    private long samples;

    CytonStream(boolean daisy, double[] factor, int perBlock, SampleListener listener) {
        this.factor = factor;
        this.channels = factor.length;
        this.perBlock = perBlock;
        this.listener = listener;
        this.values = new int[channels * perBlock];
        this.assembler = new SampleAssembler(daisy, this::sample);
        this.parser = new PacketParser(assembler::packet);
    }

    void feed(byte[] buf, int n) {
        parser.feed(buf, 0, n);
    }

    long samples() {
        return samples;
    }

    long dropped() {
        return assembler.droppedSamples();
    }

    private void sample(long index, int[] raw) {
        if (index != expected && count > 0) flush();      // a loss ends the block: blocks are contiguous
        if (count == 0) {
            first = index;
            droppedBefore = (int) (index - expected);
        }
        for (int ch = 0; ch < channels; ch++) {
            long v = Math.round(raw[ch] * factor[ch]);
            values[count * channels + ch] = (int) Math.max(-RAIL, Math.min(RAIL, v));
        }
        count++;
        samples++;
        expected = index + 1;
        if (count == perBlock) flush();
    }

    void flush() {
        if (count == 0) return;
        listener.onBlock(new SampleBlock(first, channels, count, values, droppedBefore));
        values = new int[channels * perBlock];
        count = 0;
    }
}
