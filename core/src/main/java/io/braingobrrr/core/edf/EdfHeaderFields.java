package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.Patient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;

/**
 * Text of EDF/EDF+ header fields. The spec allows only printable US-ASCII (32..126), left-aligned and
 * space-padded to a fixed width, and every number must fit its field (8 characters for most), so values
 * computed elsewhere (a physical maximum of 3276.7000000000003) have to be squeezed without losing more
 * precision than the width forces.
 */
public final class EdfHeaderFields {
    /** Width of the numeric per-signal fields and of most fixed header fields. */
    public static final int NUMBER_WIDTH = 8;

    private static final String[] MONTHS = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
    };
    /** Letters NFD decomposition does not reduce to ASCII. */
    private static final Map<Character, String> LIGATURES = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('ø', "o"),
            Map.entry('Ø', "O"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ł', "l"),
            Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('þ', "th"),
            Map.entry('Þ', "Th"), Map.entry('µ', "u"), Map.entry('μ', "u"), Map.entry('°', "deg"));

    private EdfHeaderFields() {
    }

    /**
     * Printable US-ASCII form of text: accents dropped (é to e, ß to ss), anything else outside 32..126
     * (CJK, control characters) replaced by '_'. µV becomes uV, the usual EDF spelling.
     */
    public static String ascii(String text) {
        if (text == null) return "";
        // NFKD splits accents from letters (and unfolds compatibility forms such as ligature fi or full-width A).
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 32 && cp <= 126) {
                sb.append((char) cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                String mapped = cp <= 0xFFFF ? LIGATURES.get((char) cp) : null;
                sb.append(mapped != null ? mapped : "_");
            }
        }
        return sb.toString();
    }

    /** ASCII text left-aligned in exactly {@code width} characters (truncated when longer). */
    public static String fixed(String text, int width) {
        String a = ascii(text);
        if (a.length() >= width) return a.substring(0, width);
        return a + " ".repeat(width - a.length());
    }

    /** The bytes of {@link #fixed}: one byte per character. */
    public static byte[] fixedBytes(String text, int width) {
        return fixed(text, width).getBytes(StandardCharsets.US_ASCII);
    }

    /** An integer field; values that do not fit are a programming error here, not something to truncate. */
    public static String integer(long value, int width) {
        String s = Long.toString(value);
        if (s.length() > width) {
            throw new IllegalArgumentException(value + " does not fit a " + width + "-character EDF field");
        }
        return s;
    }

    /**
     * The most precise text of {@code value} in at most 8 characters: plain decimal ("-3276.8",
     * "0.333333") unless scientific notation ("1.235E-7", "1.2346E8") keeps more of the value, which
     * happens only for very small or very large magnitudes. Every finite double fits.
     */
    public static String number(double value) {
        return number(value, NUMBER_WIDTH);
    }

    static String number(double value, int width) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        if (value == 0) return "0";
        BigDecimal exact = new BigDecimal(value);
        String plain = plainDecimal(value, width);
        String sci = scientific(value, width);
        if (plain == null) return sci;
        if (sci == null) return plain;
        BigDecimal plainError = new BigDecimal(plain).subtract(exact).abs();
        BigDecimal sciError = new BigDecimal(sci).subtract(exact).abs();
        return plainError.compareTo(sciError) <= 0 ? plain : sci;
    }

    /** Plain decimal with as many fraction digits as the width leaves, trailing zeros stripped; null if the integer part is too wide. */
    private static String plainDecimal(double value, int width) {
        BigDecimal shortest = BigDecimal.valueOf(value);   // shortest decimal that maps back to this double
        for (int scale = Math.max(0, shortest.scale()); scale >= 0; scale--) {
            BigDecimal r = shortest.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (r.scale() < 0) r = r.setScale(0);
            if (r.signum() == 0) return "0";
            String s = r.toPlainString();
            if (s.length() <= width) return s;
        }
        return null;
    }

    /** d.dddE[-]x with as many mantissa digits as fit; null when even one digit does not fit. */
    private static String scientific(double value, int width) {
        BigDecimal shortest = BigDecimal.valueOf(value);
        for (int digits = shortest.precision(); digits >= 1; digits--) {
            BigDecimal r = shortest.round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            int exponent = r.precision() - r.scale() - 1;
            BigDecimal mantissa = r.movePointLeft(exponent);
            String s = mantissa.toPlainString() + "E" + exponent;
            if (s.length() <= width) return s;
        }
        return null;
    }

    /** Header start date dd.mm.yy; years outside 1985..2084 cannot be told by yy, so the spec writes "yy" literally. */
    public static String startDate(LocalDate date) {
        int year = date.getYear();
        String yy = year >= 1985 && year <= 2084 ? two(year % 100) : "yy";
        return two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) + "." + yy;
    }

    public static boolean startDateHasYear(LocalDate date) {
        return date.getYear() >= 1985 && date.getYear() <= 2084;
    }

    /** Header start time hh.mm.ss (the sub-second part goes into the first time-keeping TAL). */
    public static String startTime(LocalTime time) {
        return two(time.getHour()) + "." + two(time.getMinute()) + "." + two(time.getSecond());
    }

    /** EDF+ date as in the identification subfields: 02-MAY-1951. */
    public static String plusDate(LocalDate date) {
        return two(date.getDayOfMonth()) + "-" + MONTHS[date.getMonthValue() - 1] + "-"
                + String.format(Locale.ROOT, "%04d", date.getYear());
    }

    /** One EDF+ identification subfield: ASCII, spaces become '_' (space separates subfields), empty becomes X. */
    public static String subfield(String text) {
        String a = ascii(text == null ? "" : text.trim()).replace(' ', '_');
        return a.isEmpty() ? "X" : a;
    }

    /** EDF+ patient identification "code sex birthdate name" with X for what is unknown. */
    public static String patientIdentification(Patient p) {
        if (p == null) return "X X X X";
        String sex = p.sex() == null ? "X" : switch (p.sex().trim().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> "F";
            case "M", "MALE" -> "M";
            default -> "X";
        };
        return subfield(p.mrn()) + " " + sex + " " + (p.birthDate() == null ? "X" : plusDate(p.birthDate()))
                + " " + subfield(p.name());
    }

    /** EDF+ recording identification with nothing known but the start date. */
    public static String recordingIdentification(LocalDate start) {
        return "Startdate " + plusDate(start) + " X X X";
    }

    /**
     * Identification text of a plain EDF file made EDF+: the free text is kept as an additional
     * subfield after the mandatory ones (all unknown), so nothing the source said is lost.
     */
    public static String plusPatientIdentification(String plainText) {
        String extra = plainText == null || plainText.isBlank() ? "" : " " + subfield(plainText);
        return "X X X X" + extra;
    }

    /** Like {@link #plusPatientIdentification}, for the recording identification. */
    public static String plusRecordingIdentification(String plainText, LocalDate start) {
        String extra = plainText == null || plainText.isBlank() ? "" : " " + subfield(plainText);
        return recordingIdentification(start) + extra;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
