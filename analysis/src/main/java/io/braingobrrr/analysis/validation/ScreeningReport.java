package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.result.Provenance;
import io.braingobrrr.analysis.screening.AbnormalityScreening;
import io.braingobrrr.analysis.screening.ScreeningResult.Triage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Bonn abnormality-screening (triage) section of docs/VALIDATION.md. */
final class ScreeningReport {
    private static final String[] SET_NAMES = {"Z (healthy, scalp, eyes open)", "O (healthy, scalp, eyes closed)",
            "N (interictal, intracranial, opposite hemisphere)", "F (interictal, intracranial, focus)", "S (ictal, intracranial)"};

    private ScreeningReport() {
    }

    static String markdown(List<BonnSegments.Segment> segments) {
        ScreeningValidation.Result r = ScreeningValidation.run(segments);
        Provenance p = r.outcomes().get(0).screening().provenance();
        StringBuilder md = new StringBuilder("## Abnormality screening and triage (Bonn segments, sets Z/O/N/F/S)\n\n");
        md.append(String.format(Locale.ROOT, "Algorithm `%s` %s, parameters %s, run by the same pipeline as ", p.algorithm(), p.version(), p.parameters()))
                .append("`brrr analyze --type comprehensive` (quality control with its default thresholds, spectra, spike and seizure ")
                .append("detection, screening), unchanged: the screening has no training step and nothing in it was adjusted to these ")
                .append("segments. Each segment is a one-channel recording labelled `EEG`, 4097 samples at ")
                .append(BonnSegments.RATE_HZ).append(" Hz, the files' 12-bit integers read as µV (physical range ±2048). ")
                .append("**What one unnamed channel allows:** the slowing index ((delta+theta)/(alpha+beta), finding `diffuse_slowing`) ")
                .append("and the epileptiform discharge rate from the spike detector (`epileptiform`); **not** the posterior dominant ")
                .append("rhythm (it needs named occipital/parietal electrodes) nor left/right asymmetry (it needs homologous pairs), so ")
                .append("`slow_pdr` and `asymmetry` cannot occur here. The rules are written for awake adult scalp EEG: Z and O are ")
                .append("scalp recordings, N, F and S intracranial, where amplitudes and spectra differ, so the N/F/S rows show what the ")
                .append("screening does outside its intended use. On a 23.6 s segment one discharge is ")
                .append(String.format(Locale.ROOT, "%.1f", 60 / (4097 / BonnSegments.RATE_HZ)))
                .append(" per minute, above the urgent rate of 1 per minute: version 1.1 made any such segment urgent, and this table showed it. ")
                .append("Since 1.2 fewer than 3 discharges are not called a rate (expedite, not urgent): a general rule written after seeing that, ")
                .append("its count 3 not tuned on these segments. A detected seizure (finding `seizure`) is urgent; the seizure detector compares windows with ")
                .append("the record's own background, so it cannot fire on a segment that is ictal from start to end.\n\n")
                .append("| set | segments | is_abnormal false | is_abnormal true | routine | expedite | urgent | channel rejected by quality control | findings (segments) |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < SET_NAMES.length; i++) {
            int[] a = r.abnormal()[i], t = r.triage()[i];
            char set = ScreeningValidation.SETS.charAt(i);
            long rejected = r.outcomes().stream().filter(o -> o.segment().set() == set && !o.rejectedBy().isEmpty()).count();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %s |%n", SET_NAMES[i], a[0] + a[1], a[0], a[1],
                    t[Triage.ROUTINE.ordinal()], t[Triage.EXPEDITE.ordinal()], t[Triage.URGENT.ordinal()], rejected, findings(r.findings().get(i))));
        }
        md.append("\n| question | sensitivity | specificity | TP | FN | TN | FP |\n|---|---|---|---|---|---|---|\n")
                .append(row("is_abnormal: epileptic (N, F, S) vs healthy (Z, O)", r.epileptic()))
                .append(row("triage = urgent: ictal (S) vs the rest (Z, O, N, F)", r.ictal()))
                .append('\n').append(rejections(r)).append("\n\n");
        return md.toString();
    }

    /** Which segments quality control rejected and why: this, not the screening rules, decides the S row. */
    private static String rejections(ScreeningValidation.Result r) {
        List<ScreeningValidation.Outcome> rejected = r.outcomes().stream().filter(o -> !o.rejectedBy().isEmpty()).toList();
        long ictal = rejected.stream().filter(o -> o.segment().ictal()).count();
        long ictalTotal = r.outcomes().stream().filter(o -> o.segment().ictal()).count();
        long ictalFlagged = rejected.stream().filter(o -> o.segment().ictal() && o.screening().findings().stream()
                .anyMatch(f -> f.code().equals(AbnormalityScreening.NOT_ASSESSABLE))).count();
        QualityParams q = QualityParams.DEFAULT;
        return String.format(Locale.ROOT, "Quality control rejected the only channel of %d of the %d ictal segments (%d of them then flagged `%s`, expedite): ",
                        ictal, ictalTotal, ictalFlagged, AbnormalityScreening.NOT_ASSESSABLE)
                + String.format(Locale.ROOT, "its scalp thresholds (beyond ±%.0f µV in %.0f %% of 1 s epochs, or median RMS above %.0f µV, is a noisy channel) ",
                        q.amplitudeUv(), 100 * q.amplitudeShareBad(), q.noisyAbsoluteUv())
                + "take high-amplitude ictal activity for artifact. Screening 1.0 then found nothing and said routine; since 1.1 (a fail-safe "
                + "added after this table showed the gap, not a threshold fitted to Bonn) a recording whose EEG was entirely rejected gets the "
                + "finding `" + AbnormalityScreening.NOT_ASSESSABLE + "` and is expedited for a clinician's review, never filed as normal. "
                + "So the ictal segments count as abnormal here without being recognised as seizures. Rejected ictal segments: "
                + rejected.stream().filter(o -> o.segment().ictal()).map(o -> o.segment().name()).collect(Collectors.joining(", "))
                + "; rejected non-ictal segments, with the first reason: "
                + rejected.stream().filter(o -> !o.segment().ictal()).map(o -> o.segment().name() + " (" + o.rejectedBy().get(0) + ")")
                        .collect(Collectors.joining("; "))
                + ". " + AbnormalityScreening.ALGORITHM + " is not a seizure detector for single segments; the ictal classifier above is.";
    }

    private static String findings(Map<String, Integer> counts) {
        if (counts.isEmpty()) return "none";
        return counts.entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String row(String label, SeizureValidation.Counts c) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %d | %d |%n", label, c.sensitivity(), c.specificity(),
                c.tp(), c.fn(), c.tn(), c.fp());
    }
}
