package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandardMontagesTest {
    private static SignalInfo signal(String label) {
        return SignalInfo.of(label, "", "uV", -100, 100, -32768, 32767, "", 256, 256);
    }

    private static final List<SignalInfo> FILE = List.of(signal("EEG C3-REF"), signal("EEG Cz-REF"), signal("EEG T3-REF"),
            signal("EEG F3-REF"), signal("ECG"), signal("EEG P3-REF"));

    @Test
    void asRecordedKeepsEverySignalInFileOrder() {
        Montage m = StandardMontages.forName("as-recorded", FILE);
        assertThat(m.derivations()).extracting(Derivation::label)
                .containsExactly("EEG C3-REF", "EEG Cz-REF", "EEG T3-REF", "EEG F3-REF", "ECG", "EEG P3-REF");
    }

    @Test
    void averageHasOneDerivationPerScalpElectrodeInDisplayOrder() {
        Montage m = StandardMontages.forName("AVERAGE", FILE);
        assertThat(m.derivations()).extracting(Derivation::label)
                .containsExactly("F3-AVG", "T7-AVG", "C3-AVG", "Cz-AVG", "P3-AVG");
    }

    @Test
    void laplacianSubtractsTheMeanOfThePresentNeighbours() {
        Montage m = StandardMontages.laplacian(FILE);
        Derivation c3 = m.derivations().stream().filter(d -> d.label().equals("C3-Lap")).findFirst().orElseThrow();
        // C3's neighbours are F3, T7, Cz, P3: all four present here.
        assertEquals(Map.of("C3", 1.0, "F3", -0.25, "T7", -0.25, "Cz", -0.25, "P3", -0.25), c3.weights());
        Derivation cz = m.derivations().stream().filter(d -> d.label().equals("Cz-Lap")).findFirst().orElseThrow();
        assertEquals(Map.of("Cz", 1.0, "C3", -1.0), cz.weights());   // Fz, C4, Pz absent
    }

    @Test
    void transverseStartsWithTheFrontalChain() {
        Montage m = StandardMontages.forName("transverse", FILE);
        assertThat(m.derivations()).extracting(Derivation::label).startsWith("F7-Fp1", "Fp1-Fp2", "Fp2-F8", "F7-F3");
        assertEquals("Longitudinal bipolar", StandardMontages.forName("double-banana", FILE).name());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardMontages.forName("banana", FILE));
        assertThat(e.getMessage()).contains("banana").contains("double-banana").contains("laplacian");
    }
}
