package io.braingobrrr.core.montage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivedSignalsTest {
    // 4 samples at 2 Hz; Fp1 in mV (the header says so), the rest in µV.
    private static final double[] FP1 = {0.001, 0.002, 0.003, 0.004};
    private static final double[] F7 = {10, 10, 10, 10};
    private static final double[] T3 = {1, 2, 3, 4};
    private static final double[] EKG = {100, 200, 300, 400};

    private static ArraySource source() {
        return new ArraySource(new String[] {"EEG Fp1-REF", "EEG F7-REF", "EEG T3-REF", "EKG"},
                new String[] {"mV", "uV", "uV", "uV"}, 2, new double[][] {FP1, F7, T3, EKG});
    }

    @Test
    void bipolarPairsByElectrodeNameInMicrovolts() {
        DerivedSignals d = new DerivedSignals(source(), Montage.longitudinalBipolar());
        assertThat(d.channels()).extracting(DerivedSignals.Channel::label).containsExactly("Fp1-F7", "F7-T7");
        float[][] page = d.readPage(0.5, 1.0, null);     // samples 1 and 2
        assertEquals(2, page[0].length);
        assertEquals(2 - 10, page[0][0], 1e-4);          // Fp1 0.002 mV = 2 µV
        assertEquals(3 - 10, page[0][1], 1e-4);
        assertEquals(10 - 2, page[1][0], 1e-4);
        assertEquals(10 - 3, page[1][1], 1e-4);
        assertTrue(d.skipped().contains("T7-P7"), d.skipped().toString());
    }

    @Test
    void commonAverageUsesScalpElectrodesOnly() {
        DerivedSignals d = new DerivedSignals(source(), StandardMontages.commonAverage(source().signals()));
        float[][] page = d.readPage(0, 2, null);
        // Sample 0: Fp1 1, F7 10, T7 1 -> mean 4; the EKG is no electrode and stays out.
        assertEquals(1 - 4, page[0][0], 1e-4);
        assertEquals(10 - 4, page[1][0], 1e-4);
        assertEquals(1 - 4, page[2][0], 1e-4);
    }

    @Test
    void asRecordedShowsEverySignalAndNaNPastTheEnd() {
        DerivedSignals d = new DerivedSignals(source(), StandardMontages.asRecorded(source().signals()));
        assertEquals(4, d.channels().size());
        float[][] page = d.readPage(1.0, 2.0, null);    // samples 2, 3 then two past the end
        assertEquals(300, page[3][0], 1e-4);
        assertEquals(400, page[3][1], 1e-4);
        assertTrue(Float.isNaN(page[3][2]) && Float.isNaN(page[3][3]));
        float[][] again = d.readPage(0, 2.0, page);     // rows reused, values refreshed
        assertEquals(page, again);
        assertEquals(100, again[3][0], 1e-4);
        assertEquals(List.of(), d.skipped());
    }
}
