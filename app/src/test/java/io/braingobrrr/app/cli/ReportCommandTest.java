package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr report` on a real file imported into a real database: {written, pages}, signing, refusals. */
class ReportCommandTest {
    private static final String EDF = "eegmmidb/S001R03.edf";

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        UsersAddCommand.stdin = System.in;
        ReportCommand.stdin = System.in;
    }

    private String db() {
        return dir.resolve("brrr.db").toString();
    }

    private long importEdf() {
        return CliRun.of("import", SharedData.file(EDF).toString(), "--db", db(), "--json").json().get("recording_id").asLong();
    }

    private void addUser(String name, String role) {
        UsersAddCommand.stdin = new ByteArrayInputStream("staple battery 1\n".getBytes(StandardCharsets.UTF_8));
        CliRun.of("users", "add", "--password-stdin", "--db", db(), "--username", name, "--role", role, "--json").json();
    }

    @Test
    void writesTheDraftAndThenTheSignedReport() throws Exception {
        long id = importEdf();
        Path draft = dir.resolve("draft.pdf");
        JsonNode doc = CliRun.of("report", "--recording", Long.toString(id), "--out", draft.toString(), "--db", db(), "--json").json();
        assertEquals(draft.toString(), doc.get("written").asText());
        int pages;
        try (PDDocument pdf = Loader.loadPDF(draft.toFile())) {
            pages = pdf.getNumberOfPages();
            assertTrue(new PDFTextStripper().getText(pdf).contains("DRAFT"));
        }
        assertEquals(pages, doc.get("pages").asInt());
        assertFalse(doc.get("signed").asBoolean());

        addUser("cleo", "clinician");
        ReportCommand.stdin = new ByteArrayInputStream("staple battery 1\n".getBytes(StandardCharsets.UTF_8));
        Path signed = dir.resolve("signed.pdf");
        JsonNode s = CliRun.of("report", "--recording", Long.toString(id), "--out", signed.toString(), "--db", db(), "--sign",
                "--meaning", "approved", "--user", "cleo", "--password-stdin", "--json").json();
        assertTrue(s.get("signed").asBoolean());
        assertEquals(doc.get("report_id").asLong(), s.get("report_id").asLong(), "the draft was signed, not a new report made");
        try (PDDocument pdf = Loader.loadPDF(signed.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("signed by cleo (approved)"));
        }
    }

    @Test
    void refusalsNameTheProblem() {
        long id = importEdf();
        String out = dir.resolve("r.pdf").toString();
        assertTrue(CliRun.of("report", "--recording", "999", "--out", out, "--db", db()).badInput().contains("no recording 999"));
        assertTrue(CliRun.of("report", "--recording", Long.toString(id), "--out", out, "--db", db(), "--sign").badInput()
                .contains("--sign needs --user and --password-stdin"));
        assertTrue(CliRun.of("report", "--recording", Long.toString(id), "--out", out, "--db", db(), "--template", "sleepy").badInput()
                .contains("template"));

        addUser("tom", "technician");
        ReportCommand.stdin = new ByteArrayInputStream("staple battery 1\n".getBytes(StandardCharsets.UTF_8));
        String refused = CliRun.of("report", "--recording", Long.toString(id), "--out", out, "--db", db(), "--user", "tom",
                "--password-stdin").badInput();
        assertTrue(refused.contains("technician") && refused.contains("analyses_write"), refused);
        ReportCommand.stdin = new ByteArrayInputStream("wrong one\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(CliRun.of("report", "--recording", Long.toString(id), "--out", out, "--db", db(), "--user", "tom",
                "--password-stdin").badInput().contains("--user tom"));
    }

    @Test
    void clinicNameAndLogoGoOnTheReport() throws Exception {
        long id = importEdf();
        Path logo = dir.resolve("logo.png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", logo.toFile());
        JsonNode set = CliRun.of("clinic", "--name", "Mons Sleep Centre", "--logo", logo.toString(), "--db", db(), "--json").json();
        assertEquals("Mons Sleep Centre", set.get("name").asText());
        assertTrue(set.get("logo_bytes").asInt() > 0);
        Path notImage = dir.resolve("logo.txt");
        java.nio.file.Files.writeString(notImage, "hello");
        assertTrue(CliRun.of("clinic", "--logo", notImage.toString(), "--db", db()).badInput().contains("not a PNG or JPEG"));

        Path out = dir.resolve("r.pdf");
        CliRun.of("report", "--recording", Long.toString(id), "--out", out.toString(), "--db", db(), "--json").json();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            for (var page : pdf.getPages()) {
                int images = 0;
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) images++;
                }
                assertEquals(1, images, "the logo on every page");
            }
            assertTrue(new PDFTextStripper().getText(pdf).contains("Mons Sleep Centre"));
        }
    }
}
