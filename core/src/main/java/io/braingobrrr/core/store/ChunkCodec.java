package io.braingobrrr.core.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Packs digital samples into chunk blobs: little-endian int16 when every value of the chunk fits,
 * else int32. The width is chosen per chunk from the values, not from the header's digital range,
 * because real files carry samples outside their declared range (and a BDF stim channel often fits
 * 16 bits): an exact copy must never depend on the header telling the truth.
 */
final class ChunkCodec {
    private static final VarHandle INT16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private ChunkCodec() {
    }

    /** 2 when every value fits a signed 16-bit integer, else 4. */
    static int widthFor(int[] values, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            int v = values[i];
            if (v != (short) v) return 4;
        }
        return 2;
    }

    static byte[] encode(int[] values, int offset, int count, int bytesPerSample) {
        byte[] out = new byte[count * bytesPerSample];
        if (bytesPerSample == 2) {
            for (int i = 0; i < count; i++) INT16.set(out, i * 2, (short) values[offset + i]);
        } else {
            for (int i = 0; i < count; i++) INT32.set(out, i * 4, values[offset + i]);
        }
        return out;
    }

    /** Copies samples {@code from .. from+count} of a chunk into {@code dst}. */
    static void decode(byte[] data, int bytesPerSample, int from, int[] dst, int dstOffset, int count) {
        if (bytesPerSample == 2) {
            for (int i = 0; i < count; i++) dst[dstOffset + i] = (short) INT16.get(data, (from + i) * 2);
        } else if (bytesPerSample == 4) {
            for (int i = 0; i < count; i++) dst[dstOffset + i] = (int) INT32.get(data, (from + i) * 4);
        } else {
            throw new IllegalArgumentException("bytes per sample must be 2 or 4, not " + bytesPerSample);
        }
    }
}
