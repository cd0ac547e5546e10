package io.braingobrrr.core.gdf;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two ways GDF writes the recording start. Both unknown and unreadable give null (and unreadable a warning). */
final class GdfStartTime {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)([\\d ]{0,2})");
    /** Day 1 of the GDF 2 count is 0000-01-01 (proleptic Gregorian, as Matlab's datenum), so day 0 is the day before. */
    private static final LocalDateTime DAY_ZERO = LocalDateTime.of(0, 1, 1, 0, 0).minusDays(1);
    private static final long MAX_DAYS = 3_660_000;   // beyond year 10000: a corrupt field, not a date

    private GdfStartTime() {
    }

    /** GDF 1: "YYYYMMDDhhmmsscc" (cc = centiseconds, sometimes blank). */
    static LocalDateTime fromText(String text, List<String> warnings) {
        if (text.isBlank()) return null;
        Matcher m = TEXT.matcher(text);
        if (m.matches()) {
            try {
                String cc = m.group(7).trim();
                int centis = cc.isEmpty() ? 0 : Integer.parseInt(cc) * (cc.length() == 1 ? 10 : 1);
                return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), centis * 10_000_000);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        warnings.add("start date '" + text + "' (byte 168) is not a valid YYYYMMDDhhmmsscc time; start unknown");
        return null;
    }

    /**
     * GDF 2: unsigned 64-bit fixed point, days since day zero in the upper 32 bits and the fraction of a day
     * in the lower 32 bits. 0 means not recorded.
     */
    static LocalDateTime fromDays(long value, List<String> warnings) {
        if (value == 0) return null;
        long days = value >>> 32;
        long fraction = value & 0xFFFF_FFFFL;
        if (days == 0 || days > MAX_DAYS) {
            warnings.add("start date field (byte 168) holds day " + days + " since year 0, not a plausible date; start unknown");
            return null;
        }
        long micros = Math.round(fraction * (86_400e6 / 4_294_967_296.0));
        return DAY_ZERO.plusDays(days).plusNanos(micros * 1000);
    }
}
