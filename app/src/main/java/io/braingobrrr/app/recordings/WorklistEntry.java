package io.braingobrrr.app.recordings;

import io.braingobrrr.app.report.Times;

import java.time.LocalDateTime;
import java.util.Locale;

/** One row of the workstation's worklist: a stored recording as the technician recognises it. */
public record WorklistEntry(long id, String patient, LocalDateTime start, double durationSeconds, int channels,
                            String status, String sourceFile) {

    /** Case-insensitive match of every word of {@code query} against id, patient, file, status and start. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) return true;
        String haystack = (id + " " + patient + " " + sourceFile + " " + status + " " + Times.iso(start))
                .toLowerCase(Locale.ROOT);
        for (String word : query.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) return false;
        }
        return true;
    }
}
