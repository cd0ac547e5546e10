package io.braingobrrr.analysis.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WelchTest {
    @Test
    void aSineOnABinCarriesItsPowerAmplitudeSquaredOverTwo() {
        double fs = 256;
        double[] x = new double[(int) (60 * fs)];
        for (int i = 0; i < x.length; i++) x[i] = 3 + 20 * Math.sin(2 * Math.PI * 10 * i / fs);
        Psd p = Welch.psd(x, fs);
        assertThat(p.segmentLength()).isEqualTo(1024);
        assertThat(p.binWidthHz()).isEqualTo(0.25);
        // constant detrend removes the offset; Hann spreads the line over 3 bins, total 200 µV²
        assertThat(p.power(9, 11)).isCloseTo(200, within(1e-6));
        assertThat(BandPowers.of(p).absolute(Band.ALPHA)).isCloseTo(200, within(1e-6));
        assertThat(BandPowers.of(p).relative(Band.ALPHA)).isCloseTo(1, within(1e-9));
        assertThat(p.peakFrequency(8, 13)).isCloseTo(10, within(1e-9));
    }

    @Test
    void whiteNoiseDensityIsVarianceOverNyquistAndStreamingEqualsOneShot() {
        double fs = 200;
        Random rnd = new Random(7);
        double[] x = new double[200_000];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextGaussian() * 5;
        Psd whole = Welch.psd(x, fs);
        double sum = 0;
        for (int k = 1; k < whole.bins() - 1; k++) sum += whole.density()[k];
        assertThat(sum / (whole.bins() - 2)).isCloseTo(25 / (fs / 2), within(0.01 * 25 / (fs / 2)));
        Welch streamed = Welch.standard(fs, x.length);
        for (int off = 0; off < x.length; off += 777) streamed.add(x, off, Math.min(777, x.length - off));
        Psd s = streamed.result();
        assertThat(s.segments()).isEqualTo(whole.segments()).isEqualTo((x.length - 800) / 400 + 1);
        for (int k = 0; k < s.bins(); k++) assertThat(s.density()[k]).isCloseTo(whole.density()[k], within(1e-12));
    }

    @Test
    void oddSegmentsShortSignalsAndHalfEvenRounding() {
        assertThat(Welch.defaultSegment(12.8, 10_000)).isEqualTo(51);
        assertThat(Welch.defaultSegment(0.625, 10_000)).isEqualTo(2);      // 2.5 rounds to even
        assertThat(Welch.defaultSegment(256, 100)).isEqualTo(100);
        double fs = 12.8;
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) x[i] = Math.cos(2 * Math.PI * 2.0 * i / fs);
        Psd p = Welch.psd(x, fs);
        assertThat(p.bins()).isEqualTo(26);
        assertThat(p.power(1, 3)).isCloseTo(0.5, within(0.02));
        BandPowers bp = BandPowers.of(p);
        assertThat(bp.absolute(Band.BETA)).as("15 Hz >= Nyquist 6.4 Hz").isNull();
        assertThat(bp.absolute(Band.THETA)).isNotNull();
    }

    @Test
    void spectrogramFollowsAChirpOfSteps() {
        double fs = 100;
        double[] x = new double[(int) (20 * fs)];
        for (int i = 0; i < x.length; i++) x[i] = Math.sin(2 * Math.PI * (i < x.length / 2 ? 5 : 20) * i / fs);
        Spectrogram s = Spectrogram.of(x, fs, 200, 100);
        assertThat(s.power()).hasNumberOfRows(19);
        assertThat(peakBin(s.power()[2]) * 0.5).isEqualTo(5.0);
        assertThat(peakBin(s.power()[17]) * 0.5).isEqualTo(20.0);
        assertThat(s.times()[0]).isEqualTo(1.0);
    }

    private static int peakBin(float[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return best;
    }
}
