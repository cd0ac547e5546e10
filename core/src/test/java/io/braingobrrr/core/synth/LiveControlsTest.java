package io.braingobrrr.core.synth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The controls a live simulated amplifier uses: eyes open/closed by marker, muscle bursts and spikes. */
class LiveControlsTest {
    private static final double RATE = 250;

    /** Power in 8-12 Hz of {@code x} by a plain DFT over those bins (no library, nothing from the generator). */
    private static double alphaPower(float[] x, int from, int n) {
        double total = 0;
        for (int k = (int) Math.ceil(8.0 * n / RATE); k <= (int) Math.floor(12.0 * n / RATE); k++) {
            double re = 0, im = 0;
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * k * i / n;
                re += x[from + i] * Math.cos(a);
                im -= x[from + i] * Math.sin(a);
            }
            total += (re * re + im * im) / n;
        }
        return total;
    }

    @Test
    void eyesOpenMarkerBlocksOccipitalAlphaAndClosedBringsItBack() {
        SyntheticEeg eeg = new SyntheticEeg(19, RATE, 3);
        int o1 = eeg.labels().indexOf("O1");
        int n = (int) (8 * RATE);
        float[][] closed = new float[19][n], open = new float[19][n];
        eeg.setEyesOpen(false);
        eeg.nextBlock(closed, 0, n);
        eeg.setEyesOpen(true);
        eeg.nextBlock(open, 0, n);
        // skip the first second of each state (alpha fades with a 0.4 s time constant)
        double pClosed = alphaPower(closed[o1], (int) RATE, n - (int) RATE);
        double pOpen = alphaPower(open[o1], (int) RATE, n - (int) RATE);
        assertThat(pClosed).as("alpha power closed vs open").isGreaterThan(4 * pOpen);
    }

    @Test
    void transientsAddSpikesAndMuscleWithoutChangingTheRestOfTheSignal() {
        int n = (int) (60 * RATE);
        float[][] plain = new float[19][n], withEvents = new float[19][n];
        SyntheticEeg a = new SyntheticEeg(19, RATE, 9);
        SyntheticEeg b = new SyntheticEeg(19, RATE, 9).withTransients();
        int t7 = a.labels().indexOf("T7");
        int pz = a.labels().indexOf("Pz");
        a.nextBlock(plain, 0, n);
        b.nextBlock(withEvents, 0, n);
        int differing = 0;
        double biggest = 0;
        for (int i = 0; i < n; i++) {
            double d = withEvents[t7][i] - plain[t7][i];
            if (d != 0) differing++;
            biggest = Math.max(biggest, Math.abs(d));
        }
        assertThat(biggest).as("largest added deflection at T7 (µV)").isGreaterThan(40);
        assertThat(differing).as("samples changed at T7").isBetween(10, n / 3);
        // far from the focus and the muscles, the added spike is small
        double farthest = 0;
        for (int i = 0; i < n; i++) farthest = Math.max(farthest, Math.abs(withEvents[pz][i] - plain[pz][i]));
        assertThat(farthest).isLessThan(biggest / 2);
    }
}
