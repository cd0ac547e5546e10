package io.braingobrrr.analysis.screening;

import io.braingobrrr.analysis.dsp.Select;
import io.braingobrrr.analysis.quality.ChannelFeatures;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.result.Provenance;
import io.braingobrrr.analysis.screening.ScreeningResult.Asymmetry;
import io.braingobrrr.analysis.screening.ScreeningResult.Finding;
import io.braingobrrr.analysis.screening.ScreeningResult.Triage;
import io.braingobrrr.analysis.spectral.SpectralSummary;
import io.braingobrrr.core.recording.SignalKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based screening of an awake adult EEG from spectra: slow posterior dominant rhythm, diffuse
 * slowing, left/right asymmetry over homologous electrodes (Fp1/Fp2, F3/F4, C3/C4, ... by 10-10 name:
 * odd numbers left, even right), the epileptiform discharge rate and detected seizures when the detectors ran.
 * Thresholds are textbook rules of thumb, not fitted to data.
 */
public final class AbnormalityScreening {
    public static final String ALGORITHM = "brrr.screening";
    public static final String VERSION = "1.2";
    /** An adult awake PDR below 8 Hz is slow; below 6 Hz markedly so. */
    static final double PDR_SLOW_HZ = 8;
    static final double PDR_VERY_SLOW_HZ = 6;
    /**
     * (delta + theta) / (alpha + beta) of the raw spectrum above this suggests diffuse slowing; twice it,
     * marked slowing. Raw spectra carry drift and eye movement in delta: the two healthy awake eegmmidb
     * recordings give 5.5 and 5.7 (see docs/notes/screening-thresholds.md), hence 8, not the 2–3 quoted
     * for cleaned data.
     */
    static final double SLOWING_INDEX = 8;
    /** |(L - R) / (L + R)| above this (power ratio 3:1) is an asymmetry; above 0.8 (9:1) a marked one. */
    static final double ASYMMETRY = 0.5;
    static final double ASYMMETRY_MARKED = 0.8;
    /** Epileptiform discharges per minute: any is expedite, this many urgent. */
    static final double EPILEPTIFORM_URGENT = 1;
    /**
     * Fewer discharges than this are not a rate: one spike in a 20 s clip would otherwise be "3 per minute" and
     * urgent. They still expedite the record (any discharge does); a seizure is urgent whatever the count.
     */
    static final int EPILEPTIFORM_MIN_FOR_RATE = 3;
    /** Finding code when the recording has EEG but quality control left none of it to judge. */
    public static final String NOT_ASSESSABLE = "not_assessable";

    private AbnormalityScreening() {
    }

    public static ScreeningResult screen(List<ChannelFeatures> features, SpectralSummary spectral, QualityReport quality,
                                         EpileptiformActivity epileptiform) {
        Set<String> bad = Set.copyOf(quality.badChannels());
        List<Finding> findings = new ArrayList<>();
        Double pdr = spectral.pdrHz();
        if (pdr != null && pdr < PDR_SLOW_HZ) {
            findings.add(new Finding("slow_pdr", String.format(Locale.ROOT,
                    "Posterior dominant rhythm %.1f Hz, below %.0f Hz: consistent with slowing in an awake adult", pdr, PDR_SLOW_HZ),
                    pdr < PDR_VERY_SLOW_HZ ? 2 : 1));
        }
        Map<String, Double> power = new HashMap<>();      // 1–30 Hz power per electrode
        List<Double> ratios = new ArrayList<>();
        int eeg = 0, assessable = 0;
        for (int i = 0; i < features.size(); i++) {
            ChannelFeatures f = features.get(i);
            if (f.kind() == SignalKind.EEG && f.voltage()) eeg++;
            if (f.kind() != SignalKind.EEG || !f.voltage() || bad.contains(f.label()) || f.psd().segments() == 0) continue;
            assessable++;
            if (f.psd().nyquistHz() <= 30) continue;
            double slow = f.psd().power(0.5, 8);
            double fast = f.psd().power(8, 12) + f.psd().power(15, 30);     // alpha + beta, sigma not counted
            // Frontopolar and anterior frontal channels carry eye movements in delta: not brain slowing.
            boolean frontal = f.electrode() != null && f.electrode().toUpperCase(Locale.ROOT).matches("FP.*|AF.*");
            if (fast > 0 && !frontal) ratios.add(slow / fast);
            if (f.electrode() != null) power.put(f.electrode().toUpperCase(Locale.ROOT), f.psd().power(1, 30));
        }
        Double slowing = ratios.isEmpty() ? null : median(ratios);
        if (slowing != null && slowing > SLOWING_INDEX) {
            findings.add(new Finding("diffuse_slowing", String.format(Locale.ROOT,
                    "Slowing index (delta+theta)/(alpha+beta) %.1f, above %.0f: suggests diffuse slowing", slowing, SLOWING_INDEX),
                    slowing > 2 * SLOWING_INDEX ? 2 : 1));
        }
        List<Asymmetry> asym = asymmetries(power);
        for (Asymmetry a : asym) {
            if (Math.abs(a.index()) > ASYMMETRY) {
                String weaker = a.index() > 0 ? a.right() : a.left();
                double ratio = (1 + Math.abs(a.index())) / (1 - Math.abs(a.index()));
                findings.add(new Finding("asymmetry", String.format(Locale.ROOT,
                        "Power asymmetry %s/%s: %s has %.1fx less 1-30 Hz power (possible focal dysfunction or an electrode problem)",
                        a.left(), a.right(), weaker, ratio), Math.abs(a.index()) > ASYMMETRY_MARKED ? 2 : 1));
            }
        }
        if (epileptiform != null) epileptiformFindings(epileptiform, findings);
        // Fail safe: EEG that quality control rejected entirely (flat, railed, or beyond the amplitude limits, as
        // high-amplitude seizure activity can be) was not assessed, and "routine" would file it as normal.
        if (eeg > 0 && assessable == 0) {
            findings.add(new Finding(NOT_ASSESSABLE, String.format(Locale.ROOT,
                    "No EEG channel passed quality control (%d of %d rejected, reasons in the quality section): "
                            + "the screening could not assess this recording; a clinician must review it", eeg, eeg), 1));
        }
        int worst = findings.stream().mapToInt(Finding::severity).max().orElse(0);
        Triage triage = worst >= 2 ? Triage.URGENT : worst == 1 ? Triage.EXPEDITE : Triage.ROUTINE;
        boolean abnormal = !findings.isEmpty();
        // Heuristic confidence: more and stronger findings, more confidence in "abnormal"; poor quality or
        // no EEG to judge lowers confidence in "normal".
        double usable = quality.usablePercent() == null ? 0 : quality.usablePercent() / 100;
        boolean onlyUnassessed = findings.size() == 1 && findings.get(0).code().equals(NOT_ASSESSABLE);
        double confidence = onlyUnassessed ? 0.5 : abnormal
                ? Math.min(0.95, 0.6 + 0.1 * findings.stream().mapToInt(Finding::severity).sum())
                : 0.5 + 0.4 * usable * (ratios.isEmpty() ? 0 : 1);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pdr_slow_hz", PDR_SLOW_HZ);
        params.put("pdr_very_slow_hz", PDR_VERY_SLOW_HZ);
        params.put("slowing_index", SLOWING_INDEX);
        params.put("asymmetry_index", ASYMMETRY);
        params.put("asymmetry_marked", ASYMMETRY_MARKED);
        params.put("epileptiform_urgent_per_min", EPILEPTIFORM_URGENT);
        params.put("epileptiform_min_discharges_for_rate", EPILEPTIFORM_MIN_FOR_RATE);
        params.put("seizure", "finding seizure, urgent");
        params.put("no_assessable_eeg", "finding " + NOT_ASSESSABLE + ", expedite");
        return new ScreeningResult(abnormal, Math.round(confidence * 100) / 100.0, triage, List.copyOf(findings), pdr,
                slowing, asym, epileptiform == null ? null : epileptiform.perMinute(), ScreeningResult.NOTE, new Provenance(ALGORITHM, VERSION, params));
    }

    /** Homologous pairs present among the electrodes: same letters, odd number left, next even right. */
    static List<Asymmetry> asymmetries(Map<String, Double> power) {
        List<Asymmetry> out = new ArrayList<>();
        List<String> names = new ArrayList<>(power.keySet());
        names.sort(null);
        for (String left : names) {
            int split = 0;
            while (split < left.length() && !Character.isDigit(left.charAt(split))) split++;
            if (split == left.length()) continue;
            int number;
            try {
                number = Integer.parseInt(left.substring(split));
            } catch (NumberFormatException e) {
                continue;
            }
            if (number % 2 == 0) continue;
            String right = left.substring(0, split) + (number + 1);
            Double l = power.get(left);
            Double r = power.get(right);
            if (r == null || l + r <= 0) continue;
            out.add(new Asymmetry(pretty(left), pretty(right), Math.round((l - r) / (l + r) * 1000) / 1000.0));
        }
        return out;
    }

    private static String pretty(String upper) {
        // "FP1" -> "Fp1", "AF3" -> "AF3": 10-10 spelling for the two-letter prefixes clinicians write that way
        return upper.startsWith("FP") ? "Fp" + upper.substring(2) : upper;
    }

    private static void epileptiformFindings(EpileptiformActivity a, List<Finding> findings) {
        double rate = a.perMinute();
        if (a.discharges() > 0) {
            boolean urgentRate = rate >= EPILEPTIFORM_URGENT && a.discharges() >= EPILEPTIFORM_MIN_FOR_RATE;
            String tooFew = rate >= EPILEPTIFORM_URGENT && !urgentRate
                    ? String.format(Locale.ROOT, " (fewer than %d: too few to call a rate)", EPILEPTIFORM_MIN_FOR_RATE) : "";
            findings.add(new Finding("epileptiform", String.format(Locale.ROOT,
                    "%d possible epileptiform discharge%s in %.1f min, %.2f per minute%s", a.discharges(), a.discharges() == 1 ? "" : "s",
                    a.minutes(), rate, tooFew), urgentRate ? 2 : 1));
        }
        if (!a.seizures().isEmpty()) {
            EpileptiformActivity.SeizureEpisode first = a.seizures().get(0);
            findings.add(new Finding("seizure", String.format(Locale.ROOT,
                    "%d possible seizure%s detected; the first at %.0f s for %.0f s on %s: review the traces now",
                    a.seizures().size(), a.seizures().size() == 1 ? "" : "s", first.onsetS(), first.durationS(),
                    String.join(", ", first.channels())), 2));
        }
    }

    private static double median(List<Double> v) {
        return Select.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
