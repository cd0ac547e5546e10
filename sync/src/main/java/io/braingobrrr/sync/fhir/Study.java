package io.braingobrrr.sync.fhir;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the FHIR push sends for one completed study, gathered from the database by {@link StudyLoader}.
 *
 * @param key        stable business key of the report (e.g. analysis-12): re-sends update, never duplicate
 * @param sleep      true for a polysomnography (sleep statistics present), false for an EEG
 * @param measures   sleep statistics and key findings as quantities
 * @param reportPdf  the signed report's PDF, or null when none exists yet
 */
public record Study(String mrn, String patientName, LocalDate birthDate, String sex, String key, boolean sleep,
                    OffsetDateTime effective, String conclusion, String performer, List<Measure> measures, byte[] reportPdf) {
    /**
     * One quantity. {@code loinc} is null where LOINC has no code (then a local code is used).
     *
     * @param ucum the UCUM unit code: min, %, /h
     */
    public record Measure(String code, String loinc, String display, double value, String ucum) {
    }
}
