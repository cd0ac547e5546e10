package io.braingobrrr.app.reporting;

import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.report.Report;
import io.braingobrrr.core.report.ReportTemplate;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.ImportInfo;
import io.braingobrrr.core.store.RecordingStore;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PDFBox's preflight checks PDF/A-1b only (there is no PDF/A-2 validator on Maven Central). A report must
 * pass all of it except the two rules PDF/A-2 relaxed: cross-reference streams (1.4, allowed since PDF/A-2,
 * which is based on PDF 1.7) and the declared part (7.11.2: we declare part 2). Fonts, metadata that matches
 * the information dictionary, the output intent and the colour spaces are therefore checked for real.
 */
class PdfAConformanceTest {
    @TempDir
    Path dir;

    @Test
    void reportPassesPreflightExceptWherePdfA2DiffersFromPdfA1() throws Exception {
        Path edf = SharedData.file(ReportPdfTest.ROUTINE);
        Database db = Database.open(dir.resolve("brrr.db"));
        long id;
        try (SignalSource src = RecordingReader.open(edf)) {
            id = new RecordingStore(db).importRecording(src, ImportInfo.ofFile(edf));
        }
        Path pdf = dir.resolve("report.pdf");
        try (ReportSession s = new ReportSession(db, id)) {
            Subject local = Subject.local("cli", "test");
            Report r = s.latestOrDraft(local, ReportTemplate.ROUTINE_EEG);
            Files.write(pdf, s.service().export(local, r.id(), s.renderer()));
        }
        ValidationResult result = PreflightParser.validate(pdf.toFile());
        Set<String> codes = new TreeSet<>();
        StringBuilder details = new StringBuilder();
        for (ValidationResult.ValidationError e : result.getErrorsList()) {
            codes.add(e.getErrorCode());
            details.append(e.getErrorCode()).append(' ').append(e.getDetails()).append('\n');
        }
        codes.removeAll(Set.of("1.4", "7.11.2"));
        assertEquals(Set.of(), codes, details.toString());
    }
}
