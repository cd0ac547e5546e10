package io.braingobrrr.app.reporting;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.analysis.pipeline.SleepSection;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.report.Finding;
import io.braingobrrr.core.report.Report;
import io.braingobrrr.core.report.ReportTemplate;
import io.braingobrrr.core.report.RepresentativePage;
import io.braingobrrr.core.recording.SignalKind;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of a report from the automated analysis: quality summary, suggested findings (each
 * pending the clinician's decision), the montage and filters a reader starts with, one representative page.
 */
public final class ReportDrafter {
    private ReportDrafter() {
    }

    /** PSG when the recording carries the polysomnography channels (EOG and EMG), routine EEG otherwise. */
    public static ReportTemplate templateFor(SignalSource src) {
        boolean eog = src.signals().stream().anyMatch(s -> s.kind() == SignalKind.EOG);
        boolean emg = src.signals().stream().anyMatch(s -> s.kind() == SignalKind.EMG);
        return eog && emg ? ReportTemplate.PSG : ReportTemplate.ROUTINE_EEG;
    }

    public static Report.Content draft(ReportTemplate template, ReportFigures f, boolean bipolarPossible) {
        String montage = template == ReportTemplate.ROUTINE_EEG && bipolarPossible
                ? StandardMontages.DOUBLE_BANANA : StandardMontages.AS_RECORDED;
        double pageSeconds = template == ReportTemplate.PSG ? 30 : 10;
        double start = Math.max(0, Math.min(60, f.recording().durationSeconds() - pageSeconds));
        List<RepresentativePage> pages = List.of(new RepresentativePage(start, pageSeconds, montage, null));
        return new Report.Content(null, montage, FilterText.describe(DisplayFilter.Settings.ACNS_DEFAULT),
                qualitySummary(f.analysis().quality()), findings(template, f), pages, null, null);
    }

    static String qualitySummary(QualityReport q) {
        if (q.grade() == null) return "Quality not assessed: no EEG or EOG channel in a voltage unit.";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Recording quality %s: %.0f%% of the record free of artifacts.",
                q.grade().name().toLowerCase(Locale.ROOT), q.usablePercent()));
        b.append(q.badChannels().isEmpty() ? " No bad channels." : " Bad channels: " + String.join(", ", q.badChannels()) + ".");
        return b.toString();
    }

    static List<Finding> findings(ReportTemplate template, ReportFigures f) {
        List<Finding> out = new ArrayList<>();
        ScreeningResult s = f.analysis().abnormality();
        if (s.pdrHz() != null) {
            out.add(Finding.suggested("pdr", String.format(Locale.ROOT, "Posterior dominant rhythm %.1f Hz.", s.pdrHz())));
        }
        for (ScreeningResult.Finding x : s.findings()) out.add(Finding.suggested(x.code(), x.text()));
        for (QualityReport.ChannelQuality c : f.analysis().quality().channels()) {
            if (c.bad()) out.add(Finding.suggested("bad-channel", c.label() + ": " + String.join("; ", c.reasons()) + "."));
        }
        SleepSection sleep = f.sleep();
        if (template == ReportTemplate.PSG && sleep != null) {
            var st = sleep.stats();
            out.add(Finding.suggested("sleep-efficiency", String.format(Locale.ROOT,
                    "Total sleep time %.1f min of %.1f min in bed (sleep efficiency %.0f%%).", st.tstMin(), st.tibMin(), st.sePct())));
            if (st.remLatencyMin() == null) out.add(Finding.suggested("no-rem", "No REM sleep was scored."));
        }
        if (out.isEmpty()) out.add(Finding.suggested("no-findings", "No abnormal findings from the automated screening."));
        return out;
    }
}
