package io.braingobrrr.acquisition.cyton;

import java.util.function.Consumer;

/**
 * Cuts a serial byte stream into {@link CytonPacket}s. A candidate starts at 0xA0 and is accepted only if
 * byte 33 is a footer; otherwise the parser slides one byte and looks for the next 0xA0, so text the board
 * prints, line noise or a partial packet after a reconnect cost at most the packets they overlap.
 */
public final class PacketParser {
    private final byte[] pending = new byte[CytonPacket.LENGTH * 4];
    private int length;
    private long skippedBytes;
    private final Consumer<CytonPacket> sink;

    public PacketParser(Consumer<CytonPacket> sink) {
        this.sink = sink;
    }

    public void feed(byte[] data, int offset, int count) {
        for (int i = 0; i < count; ) {
            int n = Math.min(count - i, pending.length - length);
            System.arraycopy(data, offset + i, pending, length, n);
            length += n;
            i += n;
            drain();
        }
    }

    /** Bytes thrown away while looking for packets (text, garbage, broken packets). */
    public long skippedBytes() {
        return skippedBytes;
    }

    public void reset() {
        length = 0;
    }

    private void drain() {
        int at = 0;
        while (length - at >= CytonPacket.LENGTH) {
            if ((pending[at] & 0xFF) == CytonPacket.HEADER && CytonPacket.isFooter(pending[at + CytonPacket.LENGTH - 1] & 0xFF)) {
                sink.accept(CytonPacket.decode(pending, at));
                at += CytonPacket.LENGTH;
            } else {
                at++;
                skippedBytes++;
            }
        }
        System.arraycopy(pending, at, pending, 0, length - at);
        length -= at;
    }
}
