package io.braingobrrr.acquisition.session;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelQualityTest {
    private static final double RATE = 250;

    private static double[] eeg(long seed) {
        Random r = new Random(seed);
        double[] x = new double[250];
        for (int i = 0; i < x.length; i++) x[i] = 15 * r.nextGaussian() + 20 * Math.sin(2 * Math.PI * 10 * i / RATE);
        return x;
    }

    @Test
    void ordinaryEegIsGood() {
        assertThat(ChannelQuality.assess(eeg(1), RATE, 187_500, 5)).isEqualTo(ChannelQuality.GOOD);
        assertThat(ChannelQuality.assess(eeg(1), RATE, 187_500, Double.NaN)).isEqualTo(ChannelQuality.GOOD);
    }

    @Test
    void eachFaultIsRecognised() {
        double[] flat = new double[250];
        java.util.Arrays.fill(flat, 312.0);
        flat[3] = 312.4;
        assertThat(ChannelQuality.assess(flat, RATE, 187_500, 5)).isEqualTo(ChannelQuality.FLAT);

        double[] railed = eeg(2);
        for (int i = 0; i < 30; i++) railed[i * 8] = 187_500;
        assertThat(ChannelQuality.assess(railed, RATE, 187_500, 5)).isEqualTo(ChannelQuality.RAILED);

        double[] hum = eeg(3);
        for (int i = 0; i < hum.length; i++) hum[i] += 30 * Math.sin(2 * Math.PI * 60 * i / RATE);   // 21 µV RMS
        assertThat(ChannelQuality.assess(hum, RATE, 187_500, 5)).isEqualTo(ChannelQuality.LINE_NOISE);

        assertThat(ChannelQuality.assess(eeg(4), RATE, 187_500, 80)).isEqualTo(ChannelQuality.HIGH_IMPEDANCE);
    }

    @Test
    void goertzelMeasuresTheRmsOfAKnownSine() {
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) x[i] = 10 * Math.sin(2 * Math.PI * 50 * i / RATE + 0.3);
        assertThat(ChannelQuality.rms(x, 0, 50, RATE)).isCloseTo(10 / Math.sqrt(2), org.assertj.core.data.Offset.offset(0.01));
        assertThat(ChannelQuality.rms(x, 0, 200, RATE)).isZero();
    }

    @Test
    void tooShortAWindowIsRefused() {
        assertThatThrownBy(() -> ChannelQuality.assess(new double[10], RATE, 1, 1)).hasMessageContaining("0.25 s");
    }
}
