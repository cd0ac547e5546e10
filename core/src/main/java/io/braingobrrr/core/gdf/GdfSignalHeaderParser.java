package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.InvalidRecordingException;

import java.util.ArrayList;
import java.util.List;

/**
 * The variable header: 256 bytes per channel, stored field by field for all channels (first every label,
 * then every transducer, ...). The two layouts differ in the unit, digital range and filter fields.
 */
final class GdfSignalHeaderParser {
    private static final String[] V1_FIELDS = {"label", "transducer", "physical dimension", "physical minimum",
        "physical maximum", "digital minimum", "digital maximum", "prefiltering", "samples per record",
        "data type (GDFTYP)", "reserved"};
    private static final int[] V1_WIDTHS = {16, 80, 8, 8, 8, 8, 8, 80, 4, 4, 32};
    private static final String[] V2_FIELDS = {"label", "transducer", "physical dimension", "physical dimension code",
        "physical minimum", "physical maximum", "digital minimum", "digital maximum", "prefiltering", "low-pass",
        "high-pass", "notch", "samples per record", "data type (GDFTYP)", "electrode position", "reserved"};
    private static final int[] V2_WIDTHS = {16, 80, 6, 2, 8, 8, 8, 8, 68, 4, 4, 4, 4, 4, 12, 20};
    /** GDF 2 unit codes: the upper 11 bits name the unit, the lower 5 a decimal prefix (4256 = V, 4275 = µV). */
    private static final String[] PREFIXES = {"", "da", "h", "k", "M", "G", "T", "P", "E", "Z", "Y", null, null, null,
        null, null, "d", "c", "m", "µ", "n", "p", "f", "a", "z", "y"};

    private final GdfHeaderParser owner;
    private final boolean v1;
    private final int ns;
    private final HeaderBytes bytes;

    GdfSignalHeaderParser(GdfHeaderParser owner, boolean v1, int ns, HeaderBytes bytes) {
        this.owner = owner;
        this.v1 = v1;
        this.ns = ns;
        this.bytes = bytes;
    }

    /** File offset where the column of {@code field} begins. */
    static long columnOffset(boolean v1, String field, int ns) {
        String[] names = v1 ? V1_FIELDS : V2_FIELDS;
        int[] widths = v1 ? V1_WIDTHS : V2_WIDTHS;
        long pos = GdfHeaderParser.FIXED;
        for (int f = 0; f < names.length; f++) {
            if (names[f].equals(field)) return pos;
            pos += (long) widths[f] * ns;
        }
        throw new IllegalArgumentException("no GDF field " + field);
    }

    private long at(String field, int signal) {
        int[] widths = v1 ? V1_WIDTHS : V2_WIDTHS;
        String[] names = v1 ? V1_FIELDS : V2_FIELDS;
        int f = java.util.Arrays.asList(names).indexOf(field);
        return columnOffset(v1, field, ns) + (long) signal * widths[f];
    }

    List<GdfSignalHeader> parse() throws InvalidRecordingException {
        List<GdfSignalHeader> list = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) list.add(signal(i));
        return List.copyOf(list);
    }

    private GdfSignalHeader signal(int i) throws InvalidRecordingException {
        String label = bytes.text(at("label", i), 16);
        String who = "channel " + (i + 1) + " (" + label + ")";
        String transducer = bytes.text(at("transducer", i), 80);
        String dimension = bytes.text(at("physical dimension", i), v1 ? 8 : 6);
        int code = v1 ? 0 : bytes.bytes.getShort(bytes.at(at("physical dimension code", i))) & 0xFFFF;
        if (dimension.isEmpty()) dimension = unitOf(code);
        double pmin = finite("physical minimum", i, who, bytes.bytes.getDouble(bytes.at(at("physical minimum", i))));
        double pmax = finite("physical maximum", i, who, bytes.bytes.getDouble(bytes.at(at("physical maximum", i))));
        double dmin = finite("digital minimum", i, who, digital("digital minimum", i));
        double dmax = finite("digital maximum", i, who, digital("digital maximum", i));
        String prefilter = bytes.text(at("prefiltering", i), v1 ? 80 : 68);
        double lp = v1 ? Double.NaN : bytes.bytes.getFloat(bytes.at(at("low-pass", i)));
        double hp = v1 ? Double.NaN : bytes.bytes.getFloat(bytes.at(at("high-pass", i)));
        double notch = v1 ? Double.NaN : bytes.bytes.getFloat(bytes.at(at("notch", i)));
        if (prefilter.isEmpty()) prefilter = filterText(hp, lp, notch);
        long spr = bytes.bytes.getInt(bytes.at(at("samples per record", i))) & 0xFFFF_FFFFL;
        if (spr > Integer.MAX_VALUE) {
            throw owner.error("samples per record of " + who, at("samples per record", i), spr + " samples per record is beyond any real recording");
        }
        long typeCode = bytes.bytes.getInt(bytes.at(at("data type (GDFTYP)", i))) & 0xFFFF_FFFFL;
        GdfDataType type = GdfDataType.of(typeCode);
        if (type == null) {
            throw owner.error("data type (GDFTYP) of " + who, at("data type (GDFTYP)", i), "unknown GDFTYP " + typeCode
                    + "; readable are 1-8 (8- to 64-bit integers), 16/17 (float32/float64) and 279/535 (24-bit integers)");
        }
        List<String> warnings = owner.warnings();
        if (dmin >= dmax) warnings.add(who + ": digital minimum " + dmin + " is not below maximum " + dmax);
        if (pmin > pmax) warnings.add(who + ": physical range is inverted (" + pmin + " > " + pmax + "); values keep that polarity");
        if (pmin == pmax) warnings.add(who + ": physical minimum equals maximum (" + pmin + "); the signal reads as constant");
        if (spr == 0) warnings.add(who + ": 0 samples per record (sparse sampling is not supported); the channel reads as empty");
        return new GdfSignalHeader(label, transducer, dimension, code, pmin, pmax, dmin, dmax, prefilter, lp, hp, notch,
                (int) spr, type);
    }

    /** GDF 1 stores digital limits as int64, GDF 2 as float64. */
    private double digital(String field, int i) {
        int pos = bytes.at(at(field, i));
        return v1 ? bytes.bytes.getLong(pos) : bytes.bytes.getDouble(pos);
    }

    private double finite(String field, int i, String who, double value) throws InvalidRecordingException {
        if (!Double.isFinite(value)) {
            throw owner.error(field + " of " + who, at(field, i), value + " is not a finite number; the scaling is undefined");
        }
        return value;
    }

    /** The unit a GDF 2 code names, for the units we know (volt, ohm, dimensionless); "" otherwise. */
    static String unitOf(int code) {
        int prefix = code & 0x1F;
        String p = prefix < PREFIXES.length ? PREFIXES[prefix] : null;
        if (p == null) return "";
        switch (code & 0xFFE0) {
            case 4256:
                return p + "V";
            case 4288:
                return p + "Ohm";
            default:
                return "";
        }
    }

    /** GDF 2 keeps filters as numbers; NaN means unknown and 0 or less means none. */
    private static String filterText(double hp, double lp, double notch) {
        StringBuilder sb = new StringBuilder();
        if (hp > 0) sb.append("HP:").append(hz(hp)).append("Hz ");
        if (lp > 0) sb.append("LP:").append(hz(lp)).append("Hz ");
        if (notch > 0) sb.append("N:").append(hz(notch)).append("Hz");
        return sb.toString().trim();
    }

    private static String hz(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
