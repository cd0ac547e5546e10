package io.braingobrrr.app.reporting;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.core.service.InvalidInputException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's filter field in words ("LFF 1 Hz, HFF 70 Hz, notch off") and back, so the printed EEG
 * pages use exactly the filters the report states.
 */
public final class FilterText {
    private static final Pattern PART = Pattern.compile("(?i)\\b(lff|hff|notch)\\s*[:=]?\\s*(off|\\d+(?:\\.\\d+)?)\\s*(hz)?");

    private FilterText() {
    }

    public static String describe(DisplayFilter.Settings s) {
        return "LFF " + hz(s.lffHz()) + ", HFF " + hz(s.hffHz()) + ", notch " + hz(s.notchHz());
    }

    /** Blank means the ACNS defaults; every part not named stays off. */
    public static DisplayFilter.Settings parse(String text) {
        if (text == null || text.isBlank()) return DisplayFilter.Settings.ACNS_DEFAULT;
        double lff = 0, hff = 0, notch = 0;
        Matcher m = PART.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            double v = m.group(2).equalsIgnoreCase("off") ? 0 : Double.parseDouble(m.group(2));
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "lff" -> lff = v;
                case "hff" -> hff = v;
                default -> notch = v;
            }
        }
        if (!any) {
            throw InvalidInputException.of("filters", "'" + text + "' names no filter; write e.g. 'LFF 1 Hz, HFF 70 Hz, notch 50 Hz'");
        }
        return new DisplayFilter.Settings(lff, hff, notch);
    }

    private static String hz(double v) {
        if (v == 0) return "off";
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + " Hz";
    }
}
