package io.braingobrrr.analysis.testing;

import io.braingobrrr.core.synth.SyntheticEeg;
import java.util.Random;

/**
 * Synthetic EEG (core.synth) with defects planted where the test knows them: the ground truth for
 * quality control. Every plant is written in plain arithmetic here, not with the code under test.
 */
public final class PlantedEeg {
    public final int fs;
    public final double[][] x;
    public final java.util.List<String> labels;

    public PlantedEeg(int channels, int fs, int seconds, long seed) {
        this.fs = fs;
        SyntheticEeg g = new SyntheticEeg(channels, fs, seed);
        this.labels = g.labels();
        float[][] block = new float[channels][fs * seconds];
        g.nextBlock(block, 0, fs * seconds);
        x = new double[channels][fs * seconds];
        for (int c = 0; c < channels; c++) for (int i = 0; i < x[c].length; i++) x[c][i] = block[c][i];
    }

    public int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) throw new IllegalArgumentException(label);
        return i;
    }

    public void flat(String ch, double value) {
        java.util.Arrays.fill(x[index(ch)], value);
    }

    /** Gain up and clip at ±limit: a saturated amplifier input. */
    public void railed(String ch, double gain, double limit) {
        double[] v = x[index(ch)];
        for (int i = 0; i < v.length; i++) v[i] = Math.max(-limit, Math.min(limit, v[i] * gain));
    }

    public void gaussian(String ch, double rmsUv, long seed) {
        Random r = new Random(seed);
        double[] v = x[index(ch)];
        for (int i = 0; i < v.length; i++) v[i] += rmsUv * r.nextGaussian();
    }

    public void sine(String ch, double hz, double amp, double fromS, double toS) {
        double[] v = x[index(ch)];
        for (int i = (int) (fromS * fs); i < Math.min(v.length, (int) (toS * fs)); i++) v[i] += amp * Math.sin(2 * Math.PI * hz * i / fs);
    }

    /** Muscle: 20 random sines in 22–38 Hz, each {@code ampEach} µV, between the times. */
    public void muscle(String ch, double ampEach, double fromS, double toS, long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 20; k++) {
            double hz = 22 + 16 * r.nextDouble();
            double phase = 2 * Math.PI * r.nextDouble();
            double[] v = x[index(ch)];
            for (int i = (int) (fromS * fs); i < (int) (toS * fs); i++) v[i] += ampEach * Math.sin(2 * Math.PI * hz * i / fs + phase);
        }
    }

    /** Electrode pop: an instant step of {@code stepUv} decaying with time constant {@code tauS}. */
    public void pop(String ch, double atS, double stepUv, double tauS) {
        double[] v = x[index(ch)];
        for (int i = (int) (atS * fs); i < v.length; i++) v[i] += stepUv * Math.exp(-(i - atS * fs) / (tauS * fs));
    }

    /** A blink: a raised-cosine hump of {@code peakUv} lasting {@code durS}. */
    public void blink(String ch, double atS, double peakUv, double durS) {
        double[] v = x[index(ch)];
        int n = (int) (durS * fs);
        for (int i = 0; i < n; i++) v[(int) (atS * fs) + i] += peakUv * 0.5 * (1 - Math.cos(2 * Math.PI * i / n));
    }

    /** A spike: a triangle {@code baseS} wide and {@code heightUv} high (negative = surface-negative) centred at {@code atS}. */
    public void spike(String ch, double atS, double baseS, double heightUv) {
        double[] v = x[index(ch)];
        int c = (int) Math.round(atS * fs), half = (int) Math.round(baseS * fs / 2);
        for (int k = -half; k <= half; k++) v[c + k] += heightUv * (1 - Math.abs(k) / (double) half);
    }

    /** Rhythmic spike-wave-like discharge, sin^7 at 3 Hz slowing to 2.5 Hz, {@code amp} µV peak: an evolving seizure pattern. */
    public void spikeWave(String ch, double amp, double fromS, double toS) {
        double[] v = x[index(ch)];
        for (int i = (int) (fromS * fs); i < (int) (toS * fs); i++) {
            double t = i / (double) fs - fromS, f = 3.0 - 0.5 * t / (toS - fromS);
            v[i] += amp * Math.pow(Math.sin(Math.PI * f * t), 7);
        }
    }
}
