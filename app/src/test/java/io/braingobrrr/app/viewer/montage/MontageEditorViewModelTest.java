package io.braingobrrr.app.viewer.montage;

import io.braingobrrr.core.montage.Derivation;
import io.braingobrrr.core.montage.Montage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MontageEditorViewModelTest {
    @Test
    void linesBecomeDerivationsWithLabelsOrTheirFormula() {
        List<Derivation> d = MontageEditorViewModel.parse("# chain\nLeft = Fp1 - F7\n\nC3 - AVG\n");
        assertEquals(2, d.size());
        assertEquals(new Derivation("Left", Map.of("Fp1", 1.0, "F7", -1.0)), d.get(0));
        assertEquals(new Derivation("C3-AVG", Map.of("C3", 1.0, "AVG", -1.0)), d.get(1));
    }

    @Test
    void errorsNameTheLine() {
        assertEquals("line 3: unknown electrode 'Q9' (10-10 names such as Fp1, T7, Cz, or AVG)",
                assertThrows(IllegalArgumentException.class, () -> MontageEditorViewModel.parse("Fp1-F7\n\nA = Q9 - Cz")).getMessage());
    }

    @Test
    void asRecordedLabelsAreWrittenAsElectrodesAndNonEegIsLeftOut() {
        Montage m = new Montage("x", List.of(new Derivation("EEG T3-REF", Map.of("EEG T3-REF", 1.0)),
                new Derivation("ECG", Map.of("ECG", 1.0)), Derivation.bipolar("Fp1", "F7")));
        assertEquals("EEG T3-REF = T7\nFp1-F7 = Fp1 - F7\n", MontageEditorViewModel.text(m));
    }
}
