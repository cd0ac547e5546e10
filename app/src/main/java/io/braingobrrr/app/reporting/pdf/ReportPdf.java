package io.braingobrrr.app.reporting.pdf;

import io.braingobrrr.analysis.pipeline.SleepSection;
import io.braingobrrr.analysis.sleep.SleepStatistics;
import io.braingobrrr.analysis.spectral.SpectralSummary;
import io.braingobrrr.app.reporting.FilterText;
import io.braingobrrr.app.reporting.ReportFigures;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.report.Finding;
import io.braingobrrr.core.report.Report;
import io.braingobrrr.core.report.ReportPatient;
import io.braingobrrr.core.report.ReportRenderer;
import io.braingobrrr.core.report.ReportTemplate;
import io.braingobrrr.core.report.RepresentativePage;
import io.braingobrrr.core.service.InvalidInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clinical report as PDF (PDFBox, embedded DejaVu Sans, PDF/A-2b metadata): text sections in the
 * template's order, vector spectra and hypnogram, the representative EEG pages drawn from the same
 * {@link PageLoader} as the viewer, and on every page the clinic, the patient line and "page n of N".
 */
public final class ReportPdf implements ReportRenderer {
    private static final int MAX_EVENT_ROWS = 40;
    private static final int MAX_SPECTRA = 6;

    private final ReportFigures figures;
    private final SignalSource source;
    private final String clinicName;
    private final byte[] logo;

    public ReportPdf(ReportFigures figures, SignalSource source, String clinicName, byte[] logo) {
        this.figures = figures;
        this.source = source;
        this.clinicName = clinicName;
        this.logo = logo;
    }

    @Override
    public byte[] render(Report report, ReportPatient patient) {
        try (PDDocument doc = new PDDocument(); PdfLayout l = new PdfLayout(doc)) {
            l.newPage(false);
            body(l, report, patient);
            for (RepresentativePage p : report.content().pages()) eegPage(l, p, report.content().filters());
            l.close();
            decorate(l, report, patient);
            PdfA.apply(doc, report.template().title() + " " + patient.identifier(), signerOrAuthor(report),
                    ZonedDateTime.now(ZoneOffset.UTC));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report PDF: " + e.getMessage(), e);
        }
    }

    private void body(PdfLayout l, Report r, ReportPatient patient) throws IOException {
        l.text(l.bold, 17, PdfLayout.MARGIN, l.y(), r.template().title(), PdfLayout.INK);
        l.skip(16);
        l.text(l.regular, 9.5f, PdfLayout.MARGIN, l.y(), status(r), r.signed() ? PdfLayout.INK : PdfLayout.MUTED);
        l.skip(10);

        l.heading("Patient and recording");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Patient ID", patient.identifier() + (patient.pseudonymised() ? " (pseudonymised)" : "")});
        if (patient.name() != null) facts.add(new String[] {"Name", patient.name()});
        if (patient.birthDate() != null) facts.add(new String[] {"Date of birth", patient.birthDate().toString()});
        if (patient.sex() != null) facts.add(new String[] {"Sex", patient.sex()});
        var rec = figures.recording();
        facts.add(new String[] {"Recording", "#" + rec.id() + (patient.pseudonymised() || rec.sourceFile() == null ? "" : ", " + rec.sourceFile())});
        facts.add(new String[] {"Start", rec.startTime() == null ? "unknown" : rec.startTime().toString().replace('T', ' ')});
        facts.add(new String[] {"Duration", duration(rec.durationSeconds())});
        facts.add(new String[] {"Signals", rec.signalCount() + " (" + rec.format().label() + ")"});
        facts.add(new String[] {"Montage", nz(r.content().montage())});
        facts.add(new String[] {"Filters", nz(r.content().filters())});
        l.facts(facts);

        l.heading("Technician notes");
        l.paragraph(r.content().technicianNotes(), "No technician notes.");
        l.heading("Recording quality");
        l.paragraph(r.content().qualitySummary(), "Quality not summarised.");

        l.heading("Findings");
        findings(l, r.content().findings());

        if (r.template() == ReportTemplate.PSG) sleep(l);
        events(l);
        bandPowers(l);

        l.heading("Interpretation");
        l.paragraph(r.content().interpretation(), "No interpretation written yet.");
        l.heading("Impression");
        l.paragraph(r.content().impression(), "No impression written yet.");
        signature(l, r);
    }

    private static void findings(PdfLayout l, List<Finding> findings) throws IOException {
        int rejected = 0;
        boolean any = false;
        for (Finding f : findings) {
            if (!f.reported()) {
                rejected++;
                continue;
            }
            any = true;
            String tag = switch (f.decision()) {
                case ACCEPTED -> "accepted";
                case EDITED -> "edited by the clinician";
                default -> "automated, not yet reviewed";
            };
            l.paragraph("• " + f.text() + "  [" + tag + "]", "");
        }
        if (!any) l.paragraph(null, "No findings reported.");
        if (rejected > 0) l.paragraph(null, rejected + " automated finding(s) rejected by the clinician are not reported.");
    }

    private void sleep(PdfLayout l) throws IOException {
        SleepSection s = figures.sleep();
        l.heading("Sleep statistics (AASM)");
        if (s == null) {
            l.paragraph(null, "The recording could not be staged (no EEG channel to stage from).");
            return;
        }
        SleepStatistics st = s.stats();
        l.table(new String[] {"measure", "value", "measure", "value"}, new float[] {0.3f, 0.2f, 0.3f, 0.2f}, List.of(
                new String[] {"Time in bed", min(st.tibMin()), "Sleep period time", min(st.sptMin())},
                new String[] {"Total sleep time", min(st.tstMin()), "Sleep efficiency", pct(st.sePct())},
                new String[] {"Sleep onset latency", st.solMin() == null ? "none" : min(st.solMin()), "WASO", min(st.wasoMin())},
                new String[] {"REM latency", st.remLatencyMin() == null ? "no REM" : min(st.remLatencyMin()), "Awakenings", String.valueOf(st.awakenings())},
                new String[] {"N1", pct(st.pctN1()), "N2", pct(st.pctN2())},
                new String[] {"N3", pct(st.pctN3()), "REM", pct(st.pctR())}));
        l.paragraph(null, "Staged automatically from " + s.eeg() + " by " + s.algorithm().name() + " " + s.algorithm().version()
                + " (30-s epochs; percentages of total sleep time).");
        l.need(130);
        l.text(l.bold, 9.5f, PdfLayout.MARGIN, l.y(), "Hypnogram", PdfLayout.MUTED);
        l.skip(112);
        PdfCharts.hypnogram(l.stream(), l.regular, s, PdfLayout.MARGIN, l.y(), l.width(), 100);
        l.skip(22);
    }

    private void events(PdfLayout l) throws IOException {
        l.heading("Events");
        List<Annotation> rows = figures.eventRows();
        if (rows.isEmpty()) {
            l.paragraph(null, "No events were marked in this recording.");
            return;
        }
        List<String[]> cells = new ArrayList<>();
        for (Annotation a : rows.subList(0, Math.min(rows.size(), MAX_EVENT_ROWS))) {
            cells.add(new String[] {clock(a.onsetSeconds()), a.hasDuration() ? String.format(Locale.ROOT, "%.1f s", a.durationSeconds()) : "",
                a.text()});
        }
        l.table(new String[] {"time", "duration", "event"}, new float[] {0.18f, 0.14f, 0.68f}, cells);
        if (rows.size() > MAX_EVENT_ROWS) l.paragraph(null, (rows.size() - MAX_EVENT_ROWS) + " more events are not listed.");
    }

    private void bandPowers(PdfLayout l) throws IOException {
        SpectralSummary sp = figures.analysis().spectral();
        l.heading("Band-power summary");
        List<SpectralSummary.ChannelSpectrum> eeg = sp.channels().stream().filter(c -> !c.relative().isEmpty()).toList();
        if (eeg.isEmpty()) {
            l.paragraph(null, "No channel had a spectrum to summarise.");
            return;
        }
        List<String> bands = List.copyOf(eeg.get(0).relative().keySet());
        String[] header = new String[bands.size() + 1];
        float[] widths = new float[bands.size() + 1];
        header[0] = "channel (relative power)";
        widths[0] = 0.28f;
        for (int i = 0; i < bands.size(); i++) {
            header[i + 1] = bands.get(i);
            widths[i + 1] = 0.72f / bands.size();
        }
        List<String[]> rows = new ArrayList<>();
        for (SpectralSummary.ChannelSpectrum c : eeg) {
            String[] row = new String[bands.size() + 1];
            row[0] = c.label();
            for (int i = 0; i < bands.size(); i++) {
                Double v = c.relative().get(bands.get(i));
                row[i + 1] = v == null ? "–" : pct(100 * v);
            }
            rows.add(row);
        }
        l.table(header, widths, rows);
        l.paragraph(sp.pdrHz() == null ? "Posterior dominant rhythm: no clear peak."
                : String.format(Locale.ROOT, "Posterior dominant rhythm: %.1f Hz (%s).", sp.pdrHz(), String.join(", ", sp.pdrChannels())), "");
        List<SpectralSummary.ChannelSpectrum> withPsd = eeg.stream().filter(c -> c.psd() != null).limit(MAX_SPECTRA).toList();
        if (!withPsd.isEmpty()) {
            l.need(170);
            l.skip(160);
            PdfCharts.spectra(l.stream(), l.regular, withPsd, PdfLayout.MARGIN, l.y(), l.width(), 150);
            l.skip(12);
        }
    }

    private static void signature(PdfLayout l, Report r) throws IOException {
        l.heading("Electronic signature");
        if (!r.signed()) {
            l.paragraph(null, "DRAFT - this report has not been signed.");
            return;
        }
        var s = r.signature();
        l.facts(List.of(new String[] {"Signed by", s.displayName() + " (" + s.username() + ")"},
                new String[] {"Meaning", s.meaning().key()},
                new String[] {"Signed at", s.at().toString().replace('T', ' ').replace("Z", " UTC")}));
    }

    /** One representative page, landscape, from the viewer's page loader with the report's filters. */
    private void eegPage(PdfLayout l, RepresentativePage p, String filters) throws IOException {
        PageLoader loader;
        try {
            loader = new PageLoader(source, StandardMontages.forName(p.montage(), source.signals()), FilterText.parse(filters));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("page.montage", e.getMessage());
        }
        if (p.startS() >= source.durationSeconds()) {
            throw InvalidInputException.of("page.start", "starts at " + p.startS() + " s, after the recording's end ("
                    + String.format(Locale.ROOT, "%.0f", source.durationSeconds()) + " s)");
        }
        TracePage page = loader.load(p.startS(), p.durationS());
        l.newPage(true);
        float bottom = PdfLayout.MARGIN + PdfLayout.FOOTER;
        float top = l.y();
        double sensitivity = EegPagePlot.draw(l.stream(), l.regular, page, PdfLayout.MARGIN, bottom, l.width(), top - 20 - bottom);
        String title = String.format(Locale.ROOT, "EEG from %s (%.0f s) · montage %s · %s · %.0f µV/mm, positive up",
                clock(p.startS()), p.durationS(), p.montage(), FilterText.describe(loader.filters()), sensitivity);
        l.text(l.bold, 9.5f, PdfLayout.MARGIN, top, title, PdfLayout.INK);
        if (p.caption() != null && !p.caption().isBlank()) {
            l.text(l.regular, 9, PdfLayout.MARGIN, top - 12, p.caption(), PdfLayout.MUTED);
        }
    }

    /** Header (clinic, logo, patient line) and footer (report identity, page n of N) on every page. */
    private void decorate(PdfLayout l, Report r, ReportPatient patient) throws IOException {
        List<PDPage> pages = l.pages();
        PDImageXObject image = logo == null ? null : PDImageXObject.createFromByteArray(l.doc, logo, "logo");
        String who = "Patient " + patient.identifier() + (patient.name() != null ? " · " + patient.name() : "")
                + (patient.birthDate() != null ? " · born " + patient.birthDate() : "");
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(l.doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float top = h - PdfLayout.MARGIN;
                PdfLayout.text(cs, l.bold, 10.5f, PdfLayout.MARGIN, top - 10, clinicName, PdfLayout.INK);
                PdfLayout.text(cs, l.regular, 9, PdfLayout.MARGIN, top - 24, who, PdfLayout.INK);
                if (image != null) {
                    float ih = 30, iw = ih * image.getWidth() / Math.max(1, image.getHeight());
                    cs.drawImage(image, w - PdfLayout.MARGIN - iw, top - ih + 2, iw, ih);
                }
                line(cs, w, top - 32);
                line(cs, w, PdfLayout.MARGIN + 12);
                String left = r.template().title() + " · recording #" + r.recordingId() + " · version " + r.version()
                        + (r.signed() ? " · signed" : " · DRAFT");
                PdfLayout.text(cs, l.regular, 8, PdfLayout.MARGIN, PdfLayout.MARGIN, left, PdfLayout.MUTED);
                String num = "page " + (i + 1) + " of " + pages.size();
                PdfLayout.text(cs, l.regular, 8, w - PdfLayout.MARGIN - PdfLayout.widthOf(l.regular, 8, num), PdfLayout.MARGIN, num,
                        PdfLayout.MUTED);
            }
        }
    }

    private static void line(PDPageContentStream cs, float w, float y) throws IOException {
        cs.setStrokingColor(PdfLayout.RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(PdfLayout.MARGIN, y);
        cs.lineTo(w - PdfLayout.MARGIN, y);
        cs.stroke();
    }

    private static String status(Report r) {
        String amends = r.amendsId() == null ? "" : " · amends report #" + r.amendsId();
        if (!r.signed()) return "Version " + r.version() + " · DRAFT, not signed" + amends;
        return "Version " + r.version() + " · signed by " + r.signature().displayName() + " (" + r.signature().meaning().key()
                + ") on " + r.signature().at().toString().replace('T', ' ').replace("Z", " UTC") + amends;
    }

    private static String signerOrAuthor(Report r) {
        return r.signed() ? r.signature().displayName() : r.createdBy();
    }

    private String clock(double seconds) {
        var start = figures.recording().startTime();
        if (start == null) return String.format(Locale.ROOT, "%.0f s", seconds);
        return start.plusNanos((long) (seconds * 1e9)).toLocalTime().format(EegPagePlot.HMS);
    }

    private static String duration(double s) {
        long t = Math.round(s);
        return String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
    }

    private static String min(double v) {
        return String.format(Locale.ROOT, "%.1f min", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "not stated" : s;
    }
}
