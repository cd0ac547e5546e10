package io.braingobrrr.core.recording;

import java.util.Locale;

/** What a signal measures, derived from its label and transducer (EDF+ spec section 2.1.3.2 conventions). */
public enum SignalKind {
    EEG, EOG, EMG, ECG, RESPIRATION, OTHER;

    /**
     * Classify by the EDF+ type prefix ("EEG Fp1-Ref"), then by well-known words in label or transducer.
     * Files from many vendors omit the prefix, so a bare 10-20 electrode name counts as EEG.
     */
    public static SignalKind of(String label, String transducer) {
        String l = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        String t = transducer == null ? "" : transducer.trim().toUpperCase(Locale.ROOT);
        for (SignalKind k : new SignalKind[] {EEG, EOG, EMG, ECG}) {
            if (l.startsWith(k.name() + " ") || l.startsWith(k.name() + "-") || l.equals(k.name())) return k;
        }
        if (l.startsWith("EKG") || l.contains("ECG") || l.contains("EKG")) return ECG;
        if (l.startsWith("RESP") || l.contains("THOR") || l.contains("ABDO") || l.contains("AIRFLOW")
                || l.contains("FLOW") || l.contains("NASAL") || l.contains("RESP")) return RESPIRATION;
        if (l.contains("EOG") || l.startsWith("LOC") || l.startsWith("ROC") || l.startsWith("E1") && l.length() <= 6
                || l.startsWith("E2") && l.length() <= 6 || l.contains("HORIZONTAL") || l.contains("VERTICAL")) return EOG;
        if (l.contains("EMG") || l.contains("CHIN") || l.contains("SUBMENTAL") || l.contains("LEG")
                || l.contains("TIBIA")) return EMG;
        if (l.contains("EEG")) return EEG;
        if (t.contains("AGAGCL") || t.contains("AG/AGCL") || t.contains("EEG")) {
            return ElectrodeLabel.electrodeOf(label) != null ? EEG : OTHER;
        }
        return ElectrodeLabel.electrodeOf(label) != null ? EEG : OTHER;
    }
}
