package io.braingobrrr.app.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Clock times and durations as the CLI and the workstation print them. */
public final class Times {
    private Times() {
    }

    /**
     * ISO-8601 local date-time with seconds always present ("2009-12-10T12:44:00"); fractions only when
     * non-zero. LocalDateTime.toString() would drop ":00" seconds, which scripts then fail to parse.
     */
    public static String iso(LocalDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }

    /** "1:02:03" (hours unbounded) for a duration in seconds; fractions are dropped. */
    public static String clock(double seconds) {
        long s = (long) Math.floor(seconds);
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
