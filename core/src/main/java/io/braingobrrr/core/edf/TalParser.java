package io.braingobrrr.core.edf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses the TALs of one annotation signal in one data record.
 *
 * <p>Tolerated defects, each reported once through the warning sink: a missing NUL between TALs
 * (Nihon Kohden writes "+0\x14\x14+0.5\x14text\x14\0"), a comma as decimal separator, TALs that end
 * without the trailing \x14.
 */
final class TalParser {
    private static final byte ONSET_END = 0x14;
    private static final byte DURATION_MARK = 0x15;

    private final Consumer<String> warn;
    private boolean warnedMissingNul;
    private boolean warnedBadOnset;

    TalParser(Consumer<String> warn) {
        this.warn = warn;
    }

    /** All TALs in {@code b[from, to)}, in order; malformed TALs are skipped with a warning. */
    List<Tal> parse(byte[] b, int from, int to, String where) {
        List<Tal> out = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            if (b[i] == 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && b[end] != 0) end++;
            parseOne(b, i, end, where, out);
            i = end + 1;
        }
        return out;
    }

    private void parseOne(byte[] b, int from, int to, String where, List<Tal> out) {
        // fields separated by 0x14; the first is onset[0x15 duration]
        List<String> fields = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (b[i] == ONSET_END) {
                fields.add(new String(b, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < to) fields.add(new String(b, start, to - start, StandardCharsets.UTF_8));
        if (fields.isEmpty()) return;
        int k = 0;
        while (k < fields.size()) {
            String head = fields.get(k);
            double onset;
            double duration = Double.NaN;
            int d = head.indexOf((char) DURATION_MARK);
            try {
                onset = parseSigned(d >= 0 ? head.substring(0, d) : head);
                if (d >= 0 && d + 1 < head.length()) duration = Double.parseDouble(head.substring(d + 1).replace(',', '.'));
            } catch (NumberFormatException e) {
                if (!warnedBadOnset) {
                    warn.accept(where + ": annotation with unreadable onset '" + clean(head) + "' skipped");
                    warnedBadOnset = true;
                }
                return;
            }
            List<String> texts = new ArrayList<>();
            int j = k + 1;
            for (; j < fields.size(); j++) {
                String t = fields.get(j);
                // An empty text followed by something shaped like an onset is a TAL whose NUL was left out.
                if (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty() && looksLikeOnset(t)) {
                    if (!warnedMissingNul) {
                        warn.accept(where + ": TALs run together without the NUL separator (a known vendor quirk); split at '" + clean(t) + "'");
                        warnedMissingNul = true;
                    }
                    break;
                }
                texts.add(t);
            }
            out.add(new Tal(onset, duration, List.copyOf(texts)));
            k = j;
        }
    }

    private static boolean looksLikeOnset(String s) {
        return s.matches("[+-]\\d+([.,]\\d*)?(\u0015\\d*([.,]\\d*)?)?");
    }

    private static double parseSigned(String s) {
        String t = s.trim();
        if (t.isEmpty() || (t.charAt(0) != '+' && t.charAt(0) != '-')) throw new NumberFormatException(s);
        return Double.parseDouble(t.replace(',', '.'));
    }

    private static String clean(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
