package io.braingobrrr.app.viewer.spectrum;

import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.analysis.dsp.Welch;
import io.braingobrrr.core.recording.SignalSource;

import java.util.function.DoubleConsumer;

/**
 * The spectra the spectrum panel shows, computed with analysis.dsp's Welch (nothing of the DSP is redone
 * here): the PSD of one signal over the page, and a whole-record spectrogram read column by column so a
 * night never sits in memory.
 */
public final class SpectrumMath {
    /** Highest frequency the spectrogram keeps: above it EEG is mostly muscle and line noise. */
    public static final double SPECTROGRAM_MAX_HZ = 40;

    private SpectrumMath() {
    }

    /**
     * A whole-record spectrogram: column c covers [c x secondsPerColumn, + secondsPerColumn), each a Welch PSD
     * (4 s Hann segments, half overlap) in dB (10 log10 of unit²/Hz) for the bins up to {@code maxHz}.
     */
    public record Spectrogram(double secondsPerColumn, double binHz, float[][] decibels) {
        public int columns() {
            return decibels.length;
        }

        public int bins() {
            return decibels.length == 0 ? 0 : decibels[0].length;
        }

        /** Time at the middle of column {@code c}. */
        public double timeOf(int column) {
            return (column + 0.5) * secondsPerColumn;
        }
    }

    /** Welch PSD of signal {@code signal} over [{@code from}, + {@code seconds}), with the reference's parameters. */
    public static Psd pagePsd(SignalSource source, int signal, double from, double seconds) {
        double fs = source.signals().get(signal).sampleRateHz();
        long first = source.sampleAtOrAfter(signal, from);
        int n = (int) Math.max(0, Math.min(Math.round(seconds * fs), source.sampleCount(signal) - first));
        float[] x = new float[n];
        source.readPhysical(signal, first, x, 0, n);
        Welch w = Welch.standard(fs, Math.max(1, n));
        w.add(x, 0, n);
        return w.result();
    }

    /**
     * Spectrogram of a whole signal in at most {@code maxColumns} columns of at least 4 s; {@code progress}
     * gets the fraction done. Stops early (returning what it has) when the thread is interrupted.
     */
    public static Spectrogram spectrogram(SignalSource source, int signal, int maxColumns, DoubleConsumer progress) {
        double fs = source.signals().get(signal).sampleRateHz();
        long total = source.sampleCount(signal);
        double duration = total / fs;
        double perColumn = Math.max(4, duration / maxColumns);
        int columns = (int) Math.max(1, Math.floor(duration / perColumn));
        int n = (int) Math.round(perColumn * fs);
        int segment = Welch.defaultSegment(fs, n);
        double binHz = fs / segment;
        int bins = (int) Math.min(segment / 2 + 1, Math.floor(SPECTROGRAM_MAX_HZ / binHz) + 1);
        float[][] db = new float[columns][bins];
        float[] x = new float[n];
        for (int c = 0; c < columns; c++) {
            if (Thread.currentThread().isInterrupted()) break;
            long first = Math.round(c * perColumn * fs);
            int count = (int) Math.max(0, Math.min(n, total - first));
            source.readPhysical(signal, first, x, 0, count);
            Welch w = new Welch(fs, segment, segment / 2);
            w.add(x, 0, count);
            double[] p = w.result().density();
            for (int k = 0; k < bins; k++) db[c][k] = (float) (10 * Math.log10(Math.max(p[k], 1e-12)));
            if (c % 16 == 0) progress.accept((c + 1) / (double) columns);
        }
        progress.accept(1);
        return new Spectrogram(perColumn, binHz, db);
    }
}
