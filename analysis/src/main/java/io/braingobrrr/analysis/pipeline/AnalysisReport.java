package io.braingobrrr.analysis.pipeline;

import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.analysis.spectral.SpectralSummary;
import java.util.List;
import java.util.Map;

/**
 * The result of one analysis run, in the CLI contract's shape: quality, spectral, sleep, events,
 * abnormality, processing_time_s, versions (algorithm name → version of every part that ran).
 *
 * @param sleep  the staged hypnogram ({@link SleepSection}) for standard and comprehensive runs; null for quick runs or without EEG
 * @param events the detected events ({@link EventsSection}) for comprehensive runs; null otherwise (see notes)
 * @param notes  what was not run and why
 */
public record AnalysisReport(String type, QualityReport quality, SpectralSummary spectral, Object sleep, Object events,
                             ScreeningResult abnormality, double processingTimeS, Map<String, String> versions,
                             List<String> notes) {
}
