package io.braingobrrr.analysis.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * NumPy {@code .npz} archives (a zip of {@code .npy} arrays) as used by the YASA tutorial data: little-endian
 * float64/float32/int64/int32 arrays in C order, any shape, read into one flat double array each. Anything
 * else is refused with the entry and the reason.
 */
public final class NpzFile {
    /** A flat array and its shape (row-major). */
    public record Array(int[] shape, double[] values) {
        public double[] row(int r) {
            if (shape.length != 2) throw new IllegalStateException("not a 2-D array");
            int cols = shape[1];
            return java.util.Arrays.copyOfRange(values, r * cols, (r + 1) * cols);
        }
    }

    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    private NpzFile() {
    }

    public static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4) : e.getName();
                out.put(name, npy(file + "!" + e.getName(), readAll(zip)));
            }
        } catch (java.util.zip.ZipException z) {
            throw new DataFormatException(file + ": not a zip (.npz) archive (" + z.getMessage() + ")");
        }
        if (out.isEmpty()) throw new DataFormatException(file + ": no arrays in the archive");
        return out;
    }

    static Array npy(String where, byte[] b) {
        if (b.length < 10 || (b[0] & 0xff) != 0x93 || !new String(b, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
            throw new DataFormatException(where + ": no .npy magic at byte 0");
        }
        int major = b[6];
        int headerLen, start;
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            headerLen = bb.getShort(8) & 0xffff;
            start = 10;
        } else if (major == 2 || major == 3) {
            headerLen = bb.getInt(8);
            start = 12;
        } else {
            throw new DataFormatException(where + ": .npy version " + major + " at byte 6 is not supported");
        }
        if (start + headerLen > b.length || headerLen < 0) throw new DataFormatException(where + ": header length " + headerLen + " runs past the end");
        String header = new String(b, start, headerLen, StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, where, "descr");
        if ("True".equals(group(ORDER, header, where, "fortran_order"))) {
            throw new DataFormatException(where + ": Fortran-ordered arrays are not supported");
        }
        String shapeText = group(SHAPE, header, where, "shape").trim();
        int[] shape = shapeText.isEmpty() ? new int[0] : java.util.Arrays.stream(shapeText.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        long count = 1;
        for (int d : shape) count *= d;
        int width = switch (descr) {
            case "<f8", "<i8" -> 8;
            case "<f4", "<i4" -> 4;
            default -> 0;
        };
        if (width == 0) {
            // e.g. the channel names ('<U3'): not numeric, kept as an empty array so callers see it exists
            return new Array(shape, new double[0]);
        }
        int data = start + headerLen;
        if (data + count * width > b.length) {
            throw new DataFormatException(where + ": " + count + " values of " + descr + " need " + count * width
                    + " bytes after byte " + data + ", the entry has " + (b.length - data));
        }
        double[] v = new double[(int) count];
        for (int i = 0; i < v.length; i++) {
            int at = data + i * width;
            v[i] = switch (descr) {
                case "<f8" -> bb.getDouble(at);
                case "<i8" -> bb.getLong(at);
                case "<f4" -> bb.getFloat(at);
                default -> bb.getInt(at);
            };
        }
        return new Array(shape, v);
    }

    private static String group(Pattern p, String header, String where, String key) {
        Matcher m = p.matcher(header);
        if (!m.find()) throw new DataFormatException(where + ": .npy header has no '" + key + "': " + header.trim());
        return m.group(1);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        in.transferTo(o);
        return o.toByteArray();
    }
}
