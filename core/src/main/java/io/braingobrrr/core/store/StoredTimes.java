package io.braingobrrr.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reading the two timestamp shapes the database stores, without java.time's general parser: a page of
 * recordings spent most of its database time in DateTimeFormatter.parse (API profile, docs/notes/api-benchmark.md).
 * Strict fixed positions: {@code yyyy-MM-ddTHH:mm:ss[.fraction]} (local) and the same with a {@code Z}
 * (written by strftime). Anything else goes to the standard parser, which accepts or rejects it as before.
 */
final class StoredTimes {
    private StoredTimes() {
    }

    static LocalDateTime localDateTime(String s) {
        LocalDateTime t = fast(s, s.length());
        return t != null ? t : LocalDateTime.parse(s);
    }

    static Instant instant(String s) {
        int n = s.length();
        LocalDateTime t = n > 0 && s.charAt(n - 1) == 'Z' ? fast(s, n - 1) : null;
        return t != null ? t.toInstant(ZoneOffset.UTC) : Instant.parse(s);
    }

    /** The local date-time in s[0, end), or null when it is not exactly the expected shape. */
    private static LocalDateTime fast(String s, int end) {
        if (end < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 7), day = digits(s, 8, 10);
        int hour = digits(s, 11, 13), minute = digits(s, 14, 16), second = digits(s, 17, 19);
        int nanos = 0;
        if (end > 19) {
            if (s.charAt(19) != '.' || end == 20 || end > 29) return null;
            int f = digits(s, 20, end);
            if (f < 0) return null;
            nanos = f;
            for (int i = end - 20; i < 9; i++) nanos *= 10;
        }
        if ((year | month | day | hour | minute | second) < 0) return null;
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (java.time.DateTimeException e) {
            return null;   // out-of-range fields: let the standard parser word the error
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
