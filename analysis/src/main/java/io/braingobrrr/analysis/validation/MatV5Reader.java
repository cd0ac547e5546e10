package io.braingobrrr.analysis.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Inflater;

/**
 * The part of MATLAB's level-5 MAT format the DREAMS epoch files use: little-endian, top-level numeric
 * matrices (double or integer classes, real), optionally zlib-compressed (miCOMPRESSED); each variable is
 * returned flattened, column-major, as doubles. Structures, cells, sparse, complex and big-endian files are
 * refused with a message naming the reason.
 */
public final class MatV5Reader {
    private static final int MI_INT8 = 1, MI_UINT8 = 2, MI_INT16 = 3, MI_UINT16 = 4, MI_INT32 = 5, MI_UINT32 = 6,
            MI_SINGLE = 7, MI_DOUBLE = 9, MI_MATRIX = 14, MI_COMPRESSED = 15;

    private MatV5Reader() {
    }

    public static Map<String, double[]> read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < 128 || !new String(all, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("MATLAB")) {
            throw new DataFormatException(file + ": not a MATLAB 5 MAT-file");
        }
        if (all[126] != 'I' || all[127] != 'M') {
            throw new DataFormatException(file + ": big-endian or corrupt MAT-file header (endian mark not 'IM')");
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        ByteBuffer b = ByteBuffer.wrap(all, 128, all.length - 128).order(ByteOrder.LITTLE_ENDIAN);
        try {
            while (b.remaining() >= 8) {
                int type = b.getInt();
                int size = b.getInt();
                if (size < 0 || size > b.remaining()) throw fail(file, "element of " + size + " bytes runs past the end of the file");
                byte[] body = new byte[size];
                b.get(body);
                if (type == MI_COMPRESSED) body = inflate(file, body);
                else if (type == MI_MATRIX) body = withTag(MI_MATRIX, body);
                else throw fail(file, "unsupported top-level element type " + type);
                ByteBuffer e = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
                if (e.getInt() != MI_MATRIX) throw fail(file, "variable is not a matrix");
                int len = e.getInt();
                matrix(file, e.slice().order(ByteOrder.LITTLE_ENDIAN).limit(Math.min(len, e.remaining())), out);
                // miMATRIX sizes are multiples of 8 already; MATLAB writes compressed elements unpadded.
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw fail(file, "truncated");
        }
        return out;
    }

    private static void matrix(Path file, ByteBuffer m, Map<String, double[]> out) {
        byte[] flags = sub(file, m, MI_UINT32);
        int cls = flags[0] & 0xff;
        if ((flags[1] & 0x08) != 0) throw fail(file, "complex matrices are not supported");
        if (cls < 6 || cls > 13) throw fail(file, "variable class " + cls + " (struct, cell, sparse, char...) is not supported");
        sub(file, m, MI_INT32);                                   // dimensions: the data length says enough
        String name = new String(sub(file, m, MI_INT8), java.nio.charset.StandardCharsets.US_ASCII);
        int[] type = new int[1];
        byte[] data = subAny(file, m, type);
        ByteBuffer d = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int width = switch (type[0]) {
            case MI_INT8, MI_UINT8 -> 1;
            case MI_INT16, MI_UINT16 -> 2;
            case MI_INT32, MI_UINT32, MI_SINGLE -> 4;
            case MI_DOUBLE -> 8;
            default -> throw fail(file, name + ": unsupported data type " + type[0]);
        };
        double[] v = new double[data.length / width];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (type[0]) {
                case MI_INT8 -> d.get();
                case MI_UINT8 -> d.get() & 0xff;
                case MI_INT16 -> d.getShort();
                case MI_UINT16 -> d.getShort() & 0xffff;
                case MI_INT32 -> d.getInt();
                case MI_UINT32 -> d.getInt() & 0xffffffffL;
                case MI_SINGLE -> d.getFloat();
                default -> d.getDouble();
            };
        }
        out.put(name, v);
    }

    private static byte[] sub(Path file, ByteBuffer m, int expected) {
        int[] type = new int[1];
        byte[] body = subAny(file, m, type);
        boolean ok = type[0] == expected || expected == MI_INT8 && type[0] == MI_UINT8;
        if (!ok) throw fail(file, "expected element type " + expected + ", found " + type[0]);
        return body;
    }

    /** One sub-element: the small format packs size (upper 16 bits) and type into one word with ≤ 4 data bytes. */
    private static byte[] subAny(Path file, ByteBuffer m, int[] type) {
        int word = m.getInt();
        int size;
        boolean small = (word >>> 16) != 0;
        if (small) {
            type[0] = word & 0xffff;
            size = word >>> 16;
            if (size > 4) throw fail(file, "bad small data element of " + size + " bytes");
        } else {
            type[0] = word;
            size = m.getInt();
        }
        if (size < 0 || size > m.remaining()) throw fail(file, "matrix element of " + size + " bytes runs past its matrix");
        byte[] body = new byte[size];
        m.get(body);
        int pad = small ? 4 - size : (8 - size % 8) % 8;
        m.position(Math.min(m.limit(), m.position() + pad));
        return body;
    }

    private static byte[] inflate(Path file, byte[] z) {
        Inflater inf = new Inflater();
        inf.setInput(z);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(z.length * 4);
        byte[] buf = new byte[65536];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) throw fail(file, "compressed variable is truncated");
                out.write(buf, 0, n);
            }
        } catch (java.util.zip.DataFormatException e) {
            throw fail(file, "compressed variable is corrupt: " + e.getMessage());
        } finally {
            inf.end();
        }
        return out.toByteArray();
    }

    private static byte[] withTag(int type, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(body.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type).putInt(body.length).put(body);
        return b.array();
    }

    private static DataFormatException fail(Path file, String why) {
        return new DataFormatException(file + ": " + why);
    }
}
