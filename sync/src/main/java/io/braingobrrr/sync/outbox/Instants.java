package io.braingobrrr.sync.outbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the outbox stores them: the exact shape of SQLite's strftime('%Y-%m-%dT%H:%M:%fZ'), so text
 * comparison in SQL orders them and our values compare with the columns' defaults.
 */
public final class Instants {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Instants() {
    }

    public static String format(Instant t) {
        return FORMAT.format(t);
    }

    public static Instant parse(String s) {
        return Instant.parse(s);
    }
}
