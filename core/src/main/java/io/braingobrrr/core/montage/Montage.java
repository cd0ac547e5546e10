package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.SignalInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A named, ordered list of derivations; applied to a recording by electrode name. */
public record Montage(String name, List<Derivation> derivations) {
    public Montage {
        Objects.requireNonNull(name, "name");
        derivations = List.copyOf(derivations);
    }

    /** ACNS longitudinal bipolar "double banana" (LB-18.1), in 10-10 names. */
    public static Montage longitudinalBipolar() {
        String[][] chains = {
            {"Fp1", "F7", "T7", "P7", "O1"}, {"Fp2", "F8", "T8", "P8", "O2"},
            {"Fp1", "F3", "C3", "P3", "O1"}, {"Fp2", "F4", "C4", "P4", "O2"}, {"Fz", "Cz", "Pz"}};
        List<Derivation> d = new ArrayList<>();
        for (String[] chain : chains) {
            for (int i = 0; i + 1 < chain.length; i++) d.add(Derivation.bipolar(chain[i], chain[i + 1]));
        }
        return new Montage("Longitudinal bipolar", d);
    }

    /** Derivations whose electrodes all exist in the recording (the average needs none). */
    public List<Derivation> applicableTo(List<SignalInfo> signals) {
        List<Derivation> ok = new ArrayList<>();
        for (Derivation d : derivations) {
            boolean all = true;
            for (Map.Entry<String, Double> w : d.weights().entrySet()) {
                if (w.getKey().equals(Derivation.AVERAGE)) continue;
                boolean found = signals.stream().anyMatch(s -> w.getKey().equals(s.electrode()));
                if (!found) {
                    all = false;
                    break;
                }
            }
            if (all) ok.add(d);
        }
        return ok;
    }
}
