package io.braingobrrr.core.report;

import java.util.List;

/**
 * One version of the clinical report of a recording. Drafts change; a signed version never does (the
 * database refuses it too): an amendment is a new version that names the one it replaces in {@code amendsId}.
 *
 * @param signature null while a draft
 * @param pdfResultId the results row holding the signed PDF; null while a draft
 */
public record Report(long id, long recordingId, ReportTemplate template, int version, Long amendsId, Content content,
                     String createdBy, Signature signature, Long pdfResultId) {

    /** What the clinician (and for the notes, the technician) writes. */
    public record Content(String technicianNotes, String montage, String filters, String qualitySummary,
                          List<Finding> findings, List<RepresentativePage> pages, String interpretation, String impression) {
        public Content {
            findings = List.copyOf(findings == null ? List.of() : findings);
            pages = List.copyOf(pages == null ? List.of() : pages);
        }

        public static Content empty() {
            return new Content(null, null, null, null, List.of(), List.of(), null, null);
        }

        public Content withTechnicianNotes(String notes) {
            return new Content(notes, montage, filters, qualitySummary, findings, pages, interpretation, impression);
        }

        public Content withFindings(List<Finding> f) {
            return new Content(technicianNotes, montage, filters, qualitySummary, f, pages, interpretation, impression);
        }

        public Content withPages(List<RepresentativePage> p) {
            return new Content(technicianNotes, montage, filters, qualitySummary, findings, p, interpretation, impression);
        }

        public Content withText(String interpretationText, String impressionText) {
            return new Content(technicianNotes, montage, filters, qualitySummary, findings, pages, interpretationText, impressionText);
        }
    }

    public boolean signed() {
        return signature != null;
    }
}
