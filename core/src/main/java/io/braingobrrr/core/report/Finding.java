package io.braingobrrr.core.report;

import io.braingobrrr.core.service.InvalidInputException;

import java.util.Locale;

/**
 * An automated finding and the clinician's decision on it. {@code text} is what the report prints: the
 * original wording unless the clinician edited it. Rejected findings stay in the report's record (the
 * audit needs them) but are not printed as findings.
 */
public record Finding(String code, String originalText, Decision decision, String text) {
    public enum Decision {
        PENDING, ACCEPTED, EDITED, REJECTED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Decision parse(String s) {
            for (Decision d : values()) if (d.key().equalsIgnoreCase(s == null ? "" : s.strip())) return d;
            throw InvalidInputException.of("decision", "unknown decision '" + s + "' (pending, accepted, edited, rejected)");
        }
    }

    public Finding {
        if (code == null || code.isBlank()) throw InvalidInputException.of("finding.code", "is required");
        if (originalText == null || originalText.isBlank()) throw InvalidInputException.of("finding.text", "is required");
        if (decision == null) decision = Decision.PENDING;
        if (text == null || text.isBlank()) text = originalText;
    }

    /** A new automated suggestion, not yet judged. */
    public static Finding suggested(String code, String text) {
        return new Finding(code, text, Decision.PENDING, text);
    }

    public Finding accept() {
        return new Finding(code, originalText, Decision.ACCEPTED, originalText);
    }

    public Finding edit(String newText) {
        if (newText == null || newText.isBlank()) throw InvalidInputException.of("finding.text", "an edited finding needs its new wording");
        return new Finding(code, originalText, Decision.EDITED, newText.strip());
    }

    public Finding reject() {
        return new Finding(code, originalText, Decision.REJECTED, originalText);
    }

    /** Whether the finding is printed among the report's findings. */
    public boolean reported() {
        return decision != Decision.REJECTED;
    }
}
