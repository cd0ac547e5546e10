package io.braingobrrr.core.report;

import io.braingobrrr.core.service.InvalidInputException;

import java.time.Instant;
import java.util.Locale;

/** Who signed, when and what the signature means (21 CFR 11.50: name, time, meaning). */
public record Signature(String username, String displayName, Instant at, Meaning meaning) {
    public enum Meaning {
        AUTHOR, REVIEWER, APPROVED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Meaning parse(String s) {
            for (Meaning m : values()) if (m.key().equalsIgnoreCase(s == null ? "" : s.strip())) return m;
            throw InvalidInputException.of("meaning", "unknown signature meaning '" + s + "' (author, reviewer or approved)");
        }
    }
}
