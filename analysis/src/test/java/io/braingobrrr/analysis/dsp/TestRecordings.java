package io.braingobrrr.analysis.dsp;

import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.core.edf.EdfWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

final class TestRecordings {
    private TestRecordings() {
    }

    /** One channel "EEG Cz": offset + sum of sines, written as a real EDF+ file. */
    static Path writeSines(Path out, int fs, int seconds, double[] hz, double[] amp, double offset) throws IOException {
        double[] x = new double[fs * seconds];
        for (int i = 0; i < x.length; i++) {
            double v = offset;
            for (int k = 0; k < hz.length; k++) v += amp[k] * Math.sin(2 * Math.PI * hz[k] * i / fs);
            x[i] = v;
        }
        EdfWriter.write(new ArraySource(List.of("EEG Cz"), fs, 500, new double[][] {x}), out);
        return out;
    }
}
