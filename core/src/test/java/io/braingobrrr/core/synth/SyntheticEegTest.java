package io.braingobrrr.core.synth;

import io.braingobrrr.core.recording.ElectrodeLabel;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics that make the synthetic signal EEG-like, measured with a plain DFT independent of the generator. */
class SyntheticEegTest {
    private static final int RATE = 256;

    private static float[][] generate(int channels, long seed, int samples) {
        SyntheticEeg g = new SyntheticEeg(channels, RATE, seed);
        float[][] x = new float[channels][samples];
        g.nextBlock(x, 0, samples);
        return x;
    }

    /** Mean power per Hz between lo and hi Hz, from 2-s segments of x[from..to) (Hann window, DFT at 0.5 Hz steps). */
    static double bandPower(float[] x, int from, int to, double lo, double hi) {
        int seg = 2 * RATE;
        double total = 0;
        int count = 0;
        for (int start = from; start + seg <= to; start += seg) {
            double mean = 0;
            for (int i = 0; i < seg; i++) mean += x[start + i];
            mean /= seg;
            for (double f = lo; f <= hi + 1e-9; f += 0.5) {
                double re = 0;
                double im = 0;
                for (int i = 0; i < seg; i++) {
                    double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / seg);
                    double v = (x[start + i] - mean) * w;
                    double phase = 2 * Math.PI * f * i / RATE;
                    re += v * Math.cos(phase);
                    im -= v * Math.sin(phase);
                }
                total += re * re + im * im;
                count++;
            }
        }
        return total / count;
    }

    @Test
    void labelsAreTenTwentyNamesInTheStandardOrder() {
        assertEquals(List.of("Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T7", "C3", "Cz", "C4", "T8", "P7", "P3", "Pz",
                "P4", "P8", "O1", "O2"), ScalpLayout.labels(19));
        List<String> all = ScalpLayout.labels(64);
        assertEquals(64, new HashSet<>(all).size());
        for (String l : all) assertEquals(l, ElectrodeLabel.normalise(l), "not a canonical 10-10 name: " + l);
        assertThrows(IllegalArgumentException.class, () -> ScalpLayout.labels(65));
        assertThrows(IllegalArgumentException.class, () -> ScalpLayout.labels(0));
    }

    @Test
    void sameSeedSameSignalWhateverTheBlockSizes() {
        float[][] whole = generate(4, 9, 5000);
        SyntheticEeg g = new SyntheticEeg(4, RATE, 9);
        float[][] pieces = new float[4][5000];
        int at = 0;
        for (int n : new int[] {1, 7, 1000, 4096 - 8, 4096, 0}) {
            int k = Math.min(n, 5000 - at);
            g.nextBlock(pieces, at, k);
            at += k;
        }
        g.nextBlock(pieces, at, 5000 - at);
        for (int c = 0; c < 4; c++) assertArrayEquals(whole[c], pieces[c]);
        assertEquals(5000, g.position());
        float[][] other = generate(4, 10, 5000);
        assertFalse(java.util.Arrays.equals(whole[0], other[0]), "another seed must give another signal");
    }

    @Test
    void alphaIsOccipitalAndRisesWhenTheEyesClose() {
        SyntheticEeg g = new SyntheticEeg(19, RATE, 3);
        long[] changes = g.eyeStateChanges(400L * RATE);
        assertTrue(changes.length >= 2, "expected an eyes-closed spell in 400 s");
        int closedFrom = (int) changes[0] + RATE;            // a second to settle after the eyes close
        int closedTo = (int) changes[1];
        int openTo = (int) changes[0];
        float[][] x = generate(19, 3, closedTo);
        int fp1 = 0;
        int o1 = 17;
        double o1Alpha = bandPower(x[o1], closedFrom, closedTo, 9, 11);
        double fp1Alpha = bandPower(x[fp1], closedFrom, closedTo, 9, 11);
        double o1Beta = bandPower(x[o1], closedFrom, closedTo, 15, 19);
        double o1AlphaOpen = bandPower(x[o1], RATE, openTo, 9, 11);
        assertTrue(o1Alpha > 10 * fp1Alpha, "O1 alpha " + o1Alpha + " vs Fp1 " + fp1Alpha);
        assertTrue(o1Alpha > 10 * o1Beta, "alpha is a peak: " + o1Alpha + " vs beta " + o1Beta);
        assertTrue(o1Alpha > 4 * o1AlphaOpen, "eyes closed " + o1Alpha + " vs open " + o1AlphaOpen);
    }

    @Test
    void mainsHumShowsAsANarrowFiftyHertzLine() {
        float[][] x = generate(2, 5, 30 * RATE);
        double line = bandPower(x[1], 0, 30 * RATE, 50, 50);
        double beside = bandPower(x[1], 0, 30 * RATE, 46, 48);
        assertTrue(line > 5 * beside, "50 Hz " + line + " vs 46-48 Hz " + beside);
    }

    @Test
    void blinksDeflectFp1WhileTheEyesAreOpenOnly() {
        SyntheticEeg g = new SyntheticEeg(19, RATE, 8);
        long[] changes = g.eyeStateChanges(400L * RATE);
        int open = (int) changes[0];
        int closedTo = (int) changes[1];
        float[][] x = generate(19, 8, closedTo);
        int openBlinks = blinks(x[0], 0, open);
        double openSeconds = (double) open / RATE;
        assertTrue(openBlinks >= openSeconds / 8 - 1 && openBlinks <= openSeconds / 3 + 1,
                openBlinks + " blinks in " + openSeconds + " s of open eyes");
        assertEquals(0, blinks(x[0], open + RATE / 2, closedTo), "no blinks with closed eyes");
        assertEquals(0, blinks(x[17], 0, closedTo), "blinks must not reach O1");
        double rms = 0;
        for (int i = 0; i < closedTo; i++) rms += x[17][i] * (double) x[17][i];
        rms = Math.sqrt(rms / closedTo);
        assertTrue(rms > 5 && rms < 60, "O1 RMS " + rms + " uV is not EEG-like");
    }

    /** Rising crossings of 60 uV by the 0.1-s moving average, at least 0.5 s apart. */
    private static int blinks(float[] x, int from, int to) {
        int win = RATE / 10;
        double sum = 0;
        int count = 0;
        int last = -RATE;
        boolean above = false;
        for (int i = from; i < to; i++) {
            sum += x[i];
            if (i - from >= win) sum -= x[i - win];
            boolean now = i - from >= win && sum / win > 60;
            if (now && !above && i - last > RATE / 2) {
                count++;
                last = i;
            }
            above = now;
        }
        return count;
    }

    @Test
    void badParametersAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SyntheticEeg(8, 0, 1));
        assertTrue(e.getMessage().contains("sample rate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SyntheticEeg(65, 256, 1));
        assertTrue(e.getMessage().contains("channels"), e.getMessage());
    }
}
