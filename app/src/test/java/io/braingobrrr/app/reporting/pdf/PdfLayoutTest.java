package io.braingobrrr.app.reporting.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text typed by users reaches the PDF without aborting it, wrapped to the column, searchable as typed. */
class PdfLayoutTest {
    @Test
    void unprintableCharactersBecomeMarksAndWordsStaySearchable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument(); PdfLayout l = new PdfLayout(doc)) {
            assertEquals("tab here ?", PdfLayout.printable(l.regular, "tab\there \uD83E\uDDE0"), "control → space, missing glyph → ?");
            List<String> lines = PdfLayout.wrap("sleep efficiency offset " + "word ".repeat(60), l.regular, 10, 200);
            assertTrue(lines.size() > 3, "wrapped");
            for (String line : lines) assertTrue(PdfLayout.widthOf(l.regular, 10, line) <= 200, line);
            l.newPage(false);
            l.paragraph("Sleep efficiency with an office \uD83E\uDDE0 note\nsecond line", "");
            l.close();
            doc.save(out);
        }
        try (PDDocument back = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(back);
            assertTrue(text.contains("Sleep efficiency with an office ? note"), "no ligature glyphs in the text layer: " + text);
            assertTrue(text.contains("second line"));
        }
    }
}
