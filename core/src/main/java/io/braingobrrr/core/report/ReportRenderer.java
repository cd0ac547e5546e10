package io.braingobrrr.core.report;

/**
 * Turns a report into a PDF. Implemented above core (app.reporting.pdf) because it draws signals and
 * analysis results; {@link ReportService} calls it when signing, so the stored PDF carries the signature.
 */
@FunctionalInterface
public interface ReportRenderer {
    byte[] render(Report report, ReportPatient patient);
}
