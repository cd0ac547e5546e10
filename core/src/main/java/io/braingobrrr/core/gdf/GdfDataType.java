package io.braingobrrr.core.gdf;

import java.nio.ByteBuffer;

/**
 * Sample types a GDF channel may use (the GDFTYP code of its signal header). All little endian.
 * Codes 255+n and 511+n mean signed and unsigned n-bit integers; only the 24-bit ones occur in practice.
 */
public enum GdfDataType {
    INT8(1, 1), UINT8(2, 1), INT16(3, 2), UINT16(4, 2), INT32(5, 4), UINT32(6, 4),
    INT64(7, 8), UINT64(8, 8), FLOAT32(16, 4), FLOAT64(17, 8), INT24(255 + 24, 3), UINT24(511 + 24, 3);

    private final int code;
    private final int bytes;

    GdfDataType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    public int code() {
        return code;
    }

    public int bytes() {
        return bytes;
    }

    /** The type with this GDFTYP code, or null when it is not one we decode (char, float128, odd bit widths). */
    public static GdfDataType of(long code) {
        for (GdfDataType t : values()) {
            if (t.code == code) return t;
        }
        return null;
    }

    /** Every stored value is an integer that an {@code int} holds exactly, so digital samples can be handed out as they are. */
    public boolean fitsInt() {
        return this != UINT32 && this != INT64 && this != UINT64 && this != FLOAT32 && this != FLOAT64;
    }

    /** The stored value at byte {@code pos}; a little-endian buffer is expected. */
    public double read(ByteBuffer b, int pos) {
        switch (this) {
            case UINT32:
                return b.getInt(pos) & 0xFFFF_FFFFL;
            case INT64:
                return b.getLong(pos);
            case UINT64: {
                long v = b.getLong(pos);
                // unsigned: the top bit is worth 2^63, not -2^63
                return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
            }
            case FLOAT32:
                return b.getFloat(pos);
            case FLOAT64:
                return b.getDouble(pos);
            default:
                return readInt(b, pos);
        }
    }

    /** The stored value of a type that {@link #fitsInt() fits an int}. */
    public int readInt(ByteBuffer b, int pos) {
        switch (this) {
            case INT8:
                return b.get(pos);
            case UINT8:
                return b.get(pos) & 0xFF;
            case INT16:
                return b.getShort(pos);
            case UINT16:
                return b.getShort(pos) & 0xFFFF;
            case INT32:
                return b.getInt(pos);
            case INT24:
                return (b.get(pos) & 0xFF) | (b.get(pos + 1) & 0xFF) << 8 | b.get(pos + 2) << 16;
            case UINT24:
                return (b.get(pos) & 0xFF) | (b.get(pos + 1) & 0xFF) << 8 | (b.get(pos + 2) & 0xFF) << 16;
            default:
                throw new IllegalStateException(this + " values do not fit an int");
        }
    }
}
