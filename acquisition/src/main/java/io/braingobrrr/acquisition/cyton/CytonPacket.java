package io.braingobrrr.acquisition.cyton;

/**
 * One 33-byte Cyton packet: 0xA0, sample counter, 8 channels of 24-bit big-endian two's complement,
 * 6 aux bytes, footer 0xC0-0xCF (the low nibble says what the aux bytes hold).
 */
public record CytonPacket(int counter, int[] channels, byte[] aux, int footer) {
    public static final int LENGTH = 33;
    public static final int HEADER = 0xA0;
    public static final int CHANNELS = 8;

    static boolean isFooter(int b) {
        return (b & 0xF0) == 0xC0;
    }

    /** Decodes bytes {@code from .. from+33}, which must start with the header and end with a footer. */
    static CytonPacket decode(byte[] b, int from) {
        int[] ch = new int[CHANNELS];
        for (int i = 0; i < CHANNELS; i++) ch[i] = int24(b, from + 2 + 3 * i);
        byte[] aux = new byte[6];
        System.arraycopy(b, from + 26, aux, 0, 6);
        return new CytonPacket(b[from + 1] & 0xFF, ch, aux, b[from + 32] & 0xFF);
    }

    /** 24-bit big-endian two's complement: shift the sign bit to bit 31, then back arithmetically. */
    static int int24(byte[] b, int at) {
        int v = ((b[at] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF);
        return (v << 8) >> 8;
    }

    /** Encodes a packet (used by the emulator and by tests; the board itself never encodes). */
    public static byte[] encode(int counter, int[] channels, int footer) {
        byte[] out = new byte[LENGTH];
        out[0] = (byte) HEADER;
        out[1] = (byte) counter;
        for (int i = 0; i < CHANNELS; i++) {
            int v = channels[i];
            out[2 + 3 * i] = (byte) (v >> 16);
            out[3 + 3 * i] = (byte) (v >> 8);
            out[4 + 3 * i] = (byte) v;
        }
        out[32] = (byte) footer;
        return out;
    }
}
