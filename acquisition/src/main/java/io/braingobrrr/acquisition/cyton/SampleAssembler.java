package io.braingobrrr.acquisition.cyton;

/**
 * Turns packets into samples with a continuous index, counting what the radio lost.
 *
 * <p>The 8-bit counter is unwrapped (255 is followed by 0). Cyton: one packet is one 8-channel sample.
 * Daisy: odd counters carry the board's channels 1-8 and the next even counter the Daisy's 9-16
 * (OpenBCI's data-format page); a pair makes one 16-channel sample at half the packet rate, and a half
 * whose partner was lost is dropped and counted with the lost samples.
 */
public final class SampleAssembler {
    /** Receives one complete sample; {@code index} counts from 0 and skips lost samples. */
    public interface Sink {
        void sample(long index, int[] values);
    }

    private final boolean daisy;
    private final Sink sink;
    private long unwrapped = -1;
    private int lastCounter;
    private long base = -1;
    private long nextIndex;
    private long dropped;
    private int[] board;
    private long boardAt = -1;

    public SampleAssembler(boolean daisy, Sink sink) {
        this.daisy = daisy;
        this.sink = sink;
    }

    public void packet(CytonPacket p) {
        if (unwrapped < 0) {
            unwrapped = p.counter();
        } else {
            int step = (p.counter() - lastCounter) & 0xFF;
            if (step == 0) return;                      // a repeated packet carries nothing new
            unwrapped += step;
        }
        lastCounter = p.counter();
        if (!daisy) {
            emit(unwrapped, p.channels());
            return;
        }
        if ((unwrapped & 1) == 1) {
            board = p.channels();
            boardAt = unwrapped;
        } else if (board != null && boardAt == unwrapped - 1) {
            int[] all = new int[16];
            System.arraycopy(board, 0, all, 0, 8);
            System.arraycopy(p.channels(), 0, all, 8, 8);
            emit(unwrapped / 2, all);
            boardAt = -1;
        }
    }

    private void emit(long sampleNumber, int[] values) {
        if (base < 0) base = sampleNumber;
        long index = sampleNumber - base;
        if (index > nextIndex) dropped += index - nextIndex;
        nextIndex = index + 1;
        sink.sample(index, values);
    }

    public long droppedSamples() {
        return dropped;
    }
}
