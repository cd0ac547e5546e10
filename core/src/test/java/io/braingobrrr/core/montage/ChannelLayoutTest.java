package io.braingobrrr.core.montage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelLayoutTest {
    // Three scalp electrodes at 2 Hz in µV and an ECG that is no electrode.
    private static ArraySource source() {
        return new ArraySource(new String[] {"EEG Fp1-REF", "EEG F7-REF", "EEG T3-REF", "EKG"},
                new String[] {"uV", "uV", "uV", "uV"}, 2,
                new double[][] {{1, 2, 3, 4}, {10, 10, 10, 10}, {4, 3, 2, 1}, {100, 200, 300, 400}});
    }

    @Test
    void badElectrodeLeavesTheAverageAndItsDerivations() {
        ArraySource s = source();
        Montage shown = new ChannelLayout(Set.of("EEG F7-REF"), Set.of(), List.of())
                .apply(StandardMontages.commonAverage(s.signals()), s.signals());
        DerivedSignals d = new DerivedSignals(s, shown);
        assertThat(d.channels()).extracting(DerivedSignals.Channel::label).containsExactly("Fp1-AVG", "T7-AVG");
        float[][] page = d.readPage(0, 2, null);
        // Average of the good electrodes only: sample 0 (1 + 4) / 2 = 2.5; with F7 it would be 5.
        assertEquals(1 - 2.5, page[0][0], 1e-5);
        assertEquals(4 - 2.5, page[1][0], 1e-5);
        assertEquals(4 - 2.5, page[0][3], 1e-5);
    }

    @Test
    void hiddenChannelsGoAndTheReadersOrderComesFirst() {
        ArraySource s = source();
        Montage shown = new ChannelLayout(Set.of(), Set.of("EKG"), List.of("EEG T3-REF", "no such channel", "EEG Fp1-REF"))
                .apply(StandardMontages.asRecorded(s.signals()), s.signals());
        assertThat(shown.derivations()).extracting(Derivation::label)
                .containsExactly("EEG T3-REF", "EEG Fp1-REF", "EEG F7-REF");
    }

    @Test
    void noLayoutChangesNothing() {
        ArraySource s = source();
        Montage m = Montage.longitudinalBipolar();
        assertEquals(m.derivations(), ChannelLayout.NONE.apply(m, s.signals()).derivations());
    }
}
