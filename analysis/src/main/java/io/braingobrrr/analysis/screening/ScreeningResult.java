package io.braingobrrr.analysis.screening;

import io.braingobrrr.analysis.result.Provenance;
import java.util.List;

/**
 * Abnormality screening as decision support: measures, the findings they raise and a suggested triage.
 * It never states a diagnosis; {@link #NOTE} travels with every result.
 *
 * @param slowingIndex         (delta + theta) / (alpha + beta) over the good EEG channels (median); null without EEG
 * @param epileptiformPerMinute null until an epileptiform event detector is part of the analysis
 * @param confidence           how sure the screening is of its is_abnormal call, 0.5–0.95 (heuristic, not calibrated)
 */
public record ScreeningResult(boolean isAbnormal, double confidence, Triage triage, List<Finding> findings,
                              Double pdrHz, Double slowingIndex, List<Asymmetry> asymmetry,
                              Double epileptiformPerMinute, String note, Provenance provenance) {

    public static final String NOTE = "Automated screening for decision support; it does not diagnose. "
            + "Every finding needs review of the EEG by a qualified clinician.";

    public enum Triage { ROUTINE, EXPEDITE, URGENT }

    /** @param severity 1 = mild (expedite), 2 = marked (urgent) */
    public record Finding(String code, String text, int severity) {
    }

    /**
     * Power asymmetry of a homologous pair: index (L - R) / (L + R) of the 1–30 Hz power (delta from 1 Hz
     * to keep eye movements out).
     */
    public record Asymmetry(String left, String right, double index) {
    }
}
