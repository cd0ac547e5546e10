package io.braingobrrr.core.report;

import io.braingobrrr.core.service.InvalidInputException;

/** A stretch of EEG the clinician chose to print: start and length in seconds from the recording start. */
public record RepresentativePage(double startS, double durationS, String montage, String caption) {
    public static final double MAX_SECONDS = 60;

    public RepresentativePage {
        if (!(startS >= 0)) throw InvalidInputException.of("page.start", "must be 0 or more seconds, not " + startS);
        if (!(durationS > 0 && durationS <= MAX_SECONDS)) {
            throw InvalidInputException.of("page.duration", "must be more than 0 and at most " + (int) MAX_SECONDS + " s, not " + durationS);
        }
        if (montage == null || montage.isBlank()) throw InvalidInputException.of("page.montage", "is required");
    }
}
