package io.braingobrrr.analysis.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Notch, FIR and resampling checked against properties known in closed form. */
class FilterToolsTest {
    private static double[] sine(double hz, double fs, int n, double amp) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = amp * Math.sin(2 * Math.PI * hz * i / fs);
        return x;
    }

    private static double rms(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += x[i] * x[i];
        return Math.sqrt(s / (to - from));
    }

    @Test
    void notchRemovesMainsAndLeavesTheRest() {
        double fs = 500;
        SosFilter n50 = Notch.design(50, 30, fs);
        assertThat(n50.gain(50, fs)).isLessThan(1e-9);
        assertThat(n50.gain(0, fs)).isCloseTo(1, within(1e-12));
        assertThat(n50.gain(10, fs)).isCloseTo(1, within(1e-3));
        // -3 dB points 50 +- 50/(2Q) Hz (bandwidth f0/Q), to first order
        double edge = 50 + 50 / 60.0;
        assertThat(20 * Math.log10(n50.gain(edge, fs))).isCloseTo(-3.01, within(0.1));
        double[] x = sine(50, fs, 5000, 100);
        double[] y = n50.filtfilt(x);
        assertThat(rms(y, 1000, 4000)).isLessThan(0.01);
        double[] a = sine(10, fs, 5000, 100);
        assertThat(rms(n50.filtfilt(a), 1000, 4000)).isCloseTo(rms(a, 1000, 4000), within(0.1));
        assertThat(Notch.design(60, 30, 256).gain(60, 256)).isLessThan(1e-9);
        assertThatThrownBy(() -> Notch.design(60, 30, 100)).hasMessageContaining("Nyquist");
    }

    @Test
    void hammingFirHasHalfGainAtCutoffAndAbout53dBStopBand() {
        double fs = 256;
        double[] h = Fir.lowPass(30, 5, fs);
        assertThat(h.length % 2).isEqualTo(1);
        assertThat(h.length).isEqualTo(Fir.tapsFor(5, fs));
        for (int i = 0; i < h.length; i++) assertThat(h[i]).isCloseTo(h[h.length - 1 - i], within(1e-15)); // linear phase
        assertThat(Fir.gain(h, 0, fs)).isCloseTo(1, within(1e-12));
        assertThat(Fir.gain(h, 30, fs)).isCloseTo(0.5, within(0.02));
        assertThat(Fir.gain(h, 10, fs)).isCloseTo(1, within(0.005));
        for (double f = 36; f < fs / 2; f += 0.5) assertThat(20 * Math.log10(Fir.gain(h, f, fs))).as("%s Hz", f).isLessThan(-45);
        double[] hp = Fir.highPass(1, 1, fs);
        assertThat(Fir.gain(hp, 0, fs)).isLessThan(1e-9);
        assertThat(Fir.gain(hp, 10, fs)).isCloseTo(1, within(0.005));
        // centred filtering: a passband sine comes out in place
        double[] x = sine(5, fs, 2000, 1);
        double[] y = Fir.filterCentered(h, x);
        for (int i = 200; i < 1800; i++) assertThat(y[i]).isCloseTo(x[i], within(0.01));
    }

    @Test
    void rationalResamplingKeepsInBandSinesInPlaceAndRemovesAliases() {
        double from = 256;
        double to = 100;
        Resampler r = Resampler.between(from, to);
        assertThat(r.up()).isEqualTo(25);
        assertThat(r.down()).isEqualTo(64);
        double[] x = sine(7, from, 2560, 1);
        double[] y = r.resample(x);
        assertThat(y).hasSize(1000);
        double[] expected = sine(7, to, 1000, 1);
        for (int i = 100; i < 900; i++) assertThat(y[i]).as("sample %d", i).isCloseTo(expected[i], within(0.01));
        // 70 Hz is above the new Nyquist (50 Hz): it must not fold back to 30 Hz
        double[] alias = r.resample(sine(70, from, 2560, 1));
        assertThat(rms(alias, 100, 900)).isLessThan(0.01);
        // upsampling by 2 keeps the original samples' values (within the filter's ripple)
        double[] up = new Resampler(2, 1).resample(sine(3, 100, 1000, 1));
        assertThat(up).hasSize(2000);
        double[] fine = sine(3, 200, 2000, 1);
        for (int i = 200; i < 1800; i++) assertThat(up[i]).isCloseTo(fine[i], within(0.01));
        assertThatThrownBy(() -> new Resampler(0, 1)).hasMessageContaining(">= 1");
    }
}
