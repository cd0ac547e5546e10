package io.braingobrrr.app.reporting.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A flowing text layout on A4 pages: a cursor that moves down, wraps paragraphs, starts a new page when
 * the next block does not fit, and leaves room at the top and bottom for the running header and footer
 * that {@link ReportPdf} draws once the page count is known. Text goes through the embedded DejaVu Sans
 * (any character the font lacks becomes '?', so a stray symbol in a note cannot abort the report).
 */
final class PdfLayout implements AutoCloseable {
    static final float MARGIN = 42;
    static final float HEADER = 58;
    static final float FOOTER = 34;
    static final Color INK = new Color(0x1f, 0x24, 0x2b);
    static final Color MUTED = new Color(0x60, 0x66, 0x70);
    static final Color RULE = new Color(0xc8, 0xcc, 0xd2);

    final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    PdfLayout(PDDocument doc) {
        this.doc = doc;
        this.regular = font(doc, "DejaVuSans.ttf");
        this.bold = font(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDFont font(PDDocument doc, String file) {
        try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) throw new IllegalStateException("the bundled font " + file + " is missing from the build");
            // GSUB off: PDFBox would otherwise set "ff"/"ffi" as ligature glyphs, and the extracted (searchable)
            // text would read "oﬀ" and "eﬃciency" instead of the words printed.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled font " + file, e);
        }
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream stream() {
        return out;
    }

    float y() {
        return y;
    }

    float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    /** Starts a page: portrait A4 for text, landscape for EEG pages. */
    void newPage(boolean landscape) throws IOException {
        closeStream();
        PDRectangle size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN - HEADER;
    }

    /** Makes sure {@code height} points fit below the cursor; otherwise continues on a new portrait page. */
    void need(float height) throws IOException {
        if (page == null || y - height < MARGIN + FOOTER) newPage(false);
    }

    void skip(float points) {
        y -= points;
    }

    void heading(String text) throws IOException {
        need(40);
        y -= 10;
        text(bold, 12.5f, MARGIN, y, text, INK);
        y -= 5;
        rule(y);
        y -= 14;
    }

    /** A wrapped paragraph; blank text prints {@code placeholder} in grey. */
    void paragraph(String text, String placeholder) throws IOException {
        if (text == null || text.isBlank()) {
            need(14);
            text(regular, 9.5f, MARGIN, y, placeholder, MUTED);
            y -= 14;
            return;
        }
        for (String line : wrap(text, regular, 10, width())) {
            need(14);
            text(regular, 10, MARGIN, y, line, INK);
            y -= 13.5f;
        }
        y -= 3;
    }

    /** Label: value rows in two columns. */
    void facts(List<String[]> rows) throws IOException {
        for (String[] r : rows) {
            List<String> lines = wrap(r[1], regular, 10, width() - 150);
            need(13.5f * lines.size());
            text(bold, 9.5f, MARGIN, y, r[0], MUTED);
            for (String line : lines) {
                text(regular, 10, MARGIN + 150, y, line, INK);
                y -= 13.5f;
            }
        }
        y -= 3;
    }

    /** A table with a bold header row; {@code widths} are shares of the text width. */
    void table(String[] header, float[] widths, List<String[]> rows) throws IOException {
        float w = width();
        need(30);
        row(header, widths, w, bold, MUTED);
        rule(y + 9.5f);
        for (String[] r : rows) {
            need(13);
            row(r, widths, w, regular, INK);
        }
        y -= 4;
    }

    private void row(String[] cells, float[] widths, float w, PDFont font, Color color) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float cw = widths[i] * w;
            text(font, 9, x, y, fit(cells[i], font, 9, cw - 4), color);
            x += cw;
        }
        y -= 12.5f;
    }

    void rule(float atY) throws IOException {
        out.setStrokingColor(RULE);
        out.setLineWidth(0.6f);
        out.moveTo(MARGIN, atY);
        out.lineTo(page.getMediaBox().getWidth() - MARGIN, atY);
        out.stroke();
    }

    void text(PDFont font, float size, float x, float atY, String s, Color color) throws IOException {
        text(out, font, size, x, atY, s, color);
    }

    static void text(PDPageContentStream cs, PDFont font, float size, float x, float atY, String s, Color color) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, atY);
        cs.showText(printable(font, s));
        cs.endText();
    }

    static float widthOf(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(printable(font, s)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font cannot show (and control characters) become '?' / spaces. */
    static String printable(PDFont font, String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                b.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Cuts {@code s} with an ellipsis so that it fits {@code max} points. */
    static String fit(String s, PDFont font, float size, float max) {
        String t = printable(font, s);
        if (widthOf(font, size, t) <= max) return t;
        while (!t.isEmpty() && widthOf(font, size, t + "…") > max) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    /** Greedy word wrap; explicit line breaks are kept. */
    static List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        for (String para : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (widthOf(font, size, candidate) <= max || line.length() == 0) {
                    line.setLength(0);
                    line.append(fit(candidate, font, size, max));
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(fit(word, font, size, max));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
