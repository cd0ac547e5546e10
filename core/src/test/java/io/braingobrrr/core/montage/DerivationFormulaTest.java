package io.braingobrrr.core.montage;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivationFormulaTest {
    @Test
    void electrodeMinusElectrodeAverageAndWeightedSums() {
        assertEquals(Map.of("Fp1", 1.0, "F7", -1.0), DerivationFormula.parse("Fp1 - F7"));
        assertEquals(Map.of("T7", 1.0, "AVG", -1.0), DerivationFormula.parse("t3-avg"));   // old name renamed
        assertEquals(Map.of("C3", 1.0, "F3", -0.25, "T7", -0.25, "Cz", -0.5),
                DerivationFormula.parse("C3 - 0.25*F3 - 0.25*T7 - 0.5*Cz"));
        assertEquals(Map.of("Fp2", -2.0), DerivationFormula.parse("-2*Fp2"));
    }

    @Test
    void formatReadsBackToTheSameWeights() {
        Map<String, Double> w = new java.util.LinkedHashMap<>();
        w.put("C3", 1.0);
        w.put("F3", -0.25);
        w.put("P3", 0.125);
        String text = DerivationFormula.format(w);
        assertEquals("C3 - 0.25*F3 + 0.125*P3", text);
        assertEquals(w, DerivationFormula.parse(text));
    }

    @Test
    void badFormulasNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivationFormula.parse("Fp1 - XY9"))
                .getMessage().contains("unknown electrode 'XY9'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivationFormula.parse("Fp1 -"))
                .getMessage().contains("missing electrode"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivationFormula.parse("x*Fp1"))
                .getMessage().contains("'x' is not a weight"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivationFormula.parse("Fp1 - Fp1"))
                .getMessage().contains("no non-zero term"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivationFormula.parse("  "))
                .getMessage().contains("empty"));
    }
}
