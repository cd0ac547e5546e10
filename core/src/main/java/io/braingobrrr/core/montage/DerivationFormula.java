package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.ElectrodeLabel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text form of a derivation the montage editor shows and reads: "Fp1 - F7" (electrode minus electrode),
 * "C3 - AVG" (minus the common average) or a weighted sum "C3 - 0.25*F3 - 0.25*T7 - 0.25*Cz - 0.25*P3".
 * Electrodes are 10-10 names (old names such as T3 accepted and renamed), so the result applies by name.
 */
public final class DerivationFormula {
    private DerivationFormula() {
    }

    /** Parses {@code text}; an {@link IllegalArgumentException} names the unknown electrode or the bad term. */
    public static Map<String, Double> parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty derivation");
        Map<String, Double> weights = new LinkedHashMap<>();
        String s = text.replace(" ", "").replace("−", "-");
        int i = 0;
        while (i < s.length()) {
            double sign = 1;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                sign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            } else if (i > 0) {
                throw new IllegalArgumentException("expected + or - at '" + s.substring(i) + "' in '" + text + "'");
            }
            int end = i;
            while (end < s.length() && s.charAt(end) != '+' && s.charAt(end) != '-') end++;
            String term = s.substring(i, end);
            if (term.isEmpty()) throw new IllegalArgumentException("missing electrode after a sign in '" + text + "'");
            double coefficient = 1;
            int star = term.indexOf('*');
            if (star >= 0) {
                try {
                    coefficient = Double.parseDouble(term.substring(0, star));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + term.substring(0, star) + "' is not a weight in '" + text + "'");
                }
                term = term.substring(star + 1);
            }
            String electrode = electrode(term);
            weights.merge(electrode, sign * coefficient, Double::sum);
            i = end;
        }
        weights.values().removeIf(w -> w == 0);
        if (weights.isEmpty()) throw new IllegalArgumentException("'" + text + "' has no non-zero term");
        for (double w : weights.values()) {
            if (!Double.isFinite(w)) throw new IllegalArgumentException("weights must be finite numbers in '" + text + "'");
        }
        return weights;
    }

    /** A known 10-10 electrode name (canonical spelling) or {@link Derivation#AVERAGE}. */
    public static String electrode(String name) {
        if (name.toUpperCase(Locale.ROOT).equals(Derivation.AVERAGE)) return Derivation.AVERAGE;
        String e = ElectrodeLabel.normalise(name);
        if (e == null) throw new IllegalArgumentException("unknown electrode '" + name + "' (10-10 names such as Fp1, T7, Cz, or AVG)");
        return e;
    }

    /** The editor's text for these weights: "Fp1 - F7", "C3 - 0.25*F3 + ...". */
    public static String format(Map<String, Double> weights) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            double v = w.getValue();
            if (sb.length() > 0) sb.append(v < 0 ? " - " : " + ");
            else if (v < 0) sb.append("-");
            double a = Math.abs(v);
            if (a != 1) sb.append(a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a)).append('*');
            sb.append(w.getKey());
        }
        return sb.toString();
    }
}
