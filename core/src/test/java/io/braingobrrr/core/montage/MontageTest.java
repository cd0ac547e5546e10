package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MontageTest {
    private static SignalInfo eeg(String label) {
        return SignalInfo.of(label, "", "uV", -100, 100, -32768, 32767, "", 256, 256);
    }

    @Test
    void doubleBananaHasEighteenDerivations() {
        Montage lb = Montage.longitudinalBipolar();
        assertEquals(18, lb.derivations().size());
        assertEquals("Fp1-F7", lb.derivations().get(0).label());
        assertEquals(Map.of("Fp1", 1.0, "F7", -1.0), lb.derivations().get(0).weights());
    }

    @Test
    void appliesByElectrodeNameWhateverTheVendorLabel() {
        List<SignalInfo> nk = List.of(eeg("EEG Fp1-Ref"), eeg("EEG F7-Ref"), eeg("EEG T3-Ref"), eeg("EEG T5-Ref"), eeg("EEG O1-Ref"));
        List<Derivation> applicable = Montage.longitudinalBipolar().applicableTo(nk);
        assertThat(applicable).extracting(Derivation::label).containsExactly("Fp1-F7", "F7-T7", "T7-P7", "P7-O1");
    }
}
