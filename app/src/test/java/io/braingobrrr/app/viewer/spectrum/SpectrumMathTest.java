package io.braingobrrr.app.viewer.spectrum;

import io.braingobrrr.analysis.dsp.Psd;
import io.braingobrrr.core.recording.AbstractSignalSource;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.RecordingInfo;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpectrumMathTest {
    private static final double FS = 128;
    private static final double AMPLITUDE = 20;   // µV

    /** 120 s at 128 Hz: a 6 Hz sine for the first minute, an 11 Hz sine for the second. */
    private static final class TwoSines extends AbstractSignalSource {
        TwoSines() {
            super(new RecordingInfo(RecordingFormat.EDF, LocalDateTime.of(2020, 1, 1, 0, 0),
                    List.of(SignalInfo.of("EEG Cz-REF", "", "uV", -1000, 1000, -32768, 32767, "", (int) (120 * FS), FS)),
                    List.of(), List.of(), List.of(), 1, 120, null, "", ""));
        }

        static double value(long i) {
            double f = i < 60 * FS ? 6 : 11;
            return AMPLITUDE * Math.sin(2 * Math.PI * f * i / FS);
        }

        @Override
        public void readDigital(int signal, long first, int[] dst, int offset, int count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void readPhysical(int signal, long first, double[] dst, int offset, int count) {
            for (int i = 0; i < count; i++) dst[offset + i] = value(first + i);
        }

        @Override
        public void readPhysical(int signal, long first, float[] dst, int offset, int count) {
            for (int i = 0; i < count; i++) dst[offset + i] = (float) value(first + i);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void pagePsdPeaksAtTheSineAndHoldsItsPower() {
        TwoSines s = new TwoSines();
        Psd first = SpectrumMath.pagePsd(s, 0, 10, 10);
        assertEquals(6.0, first.peakFrequency(1, 30), 0.1);
        // A sine of amplitude A has power A²/2 (Parseval); the Hann window spreads it over a few bins.
        assertEquals(AMPLITUDE * AMPLITUDE / 2, first.power(4, 8), 0.05 * AMPLITUDE * AMPLITUDE / 2);
        assertEquals(11.0, SpectrumMath.pagePsd(s, 0, 90, 10).peakFrequency(1, 30), 0.1);
    }

    @Test
    void spectrogramColumnsFollowTheChangeAndStopAtFortyHertz() {
        double[] lastProgress = {0};
        SpectrumMath.Spectrogram g = SpectrumMath.spectrogram(new TwoSines(), 0, 30, f -> lastProgress[0] = f);
        assertEquals(1.0, lastProgress[0]);
        assertEquals(30, g.columns());
        assertEquals(4.0, g.secondsPerColumn(), 1e-12);
        assertEquals(0.25, g.binHz(), 1e-12);              // 4 s segments
        assertEquals(161, g.bins());                        // 0..40 Hz in 0.25 Hz
        assertEquals(6.0, peak(g, 3) * g.binHz(), 1e-9);   // column 3: 12-16 s
        assertEquals(11.0, peak(g, 25) * g.binHz(), 1e-9); // column 25: 100-104 s
        assertTrue(g.timeOf(25) == 102.0);
    }

    private static int peak(SpectrumMath.Spectrogram g, int column) {
        int best = 0;
        for (int k = 1; k < g.bins(); k++) if (g.decibels()[column][k] > g.decibels()[column][best]) best = k;
        return best;
    }
}
