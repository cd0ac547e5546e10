package io.braingobrrr.analysis.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.core.recording.SignalSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast paths (several channels interleaved in one loop, samples read straight into the zero-phase
 * extension) against a plain textbook run written here, one channel and one section at a time: the
 * numbers must be identical, not merely close, since the same operations run in the same order.
 */
class InterleavedFilterTest {
    private static final double FS = 1000;
    private final Random random = new Random(20261207);

    /** Cascades of 1, 2 (ACNS LFF + HFF), 3 (with notch) and 5 sections. */
    private static List<SosFilter> cascades() {
        SosFilter acns = Butterworth.highPass(2, 1, FS).then(Butterworth.lowPass(2, 70, FS));
        return List.of(Butterworth.lowPass(2, 30, FS), acns, acns.then(Notch.design(50, Notch.DEFAULT_Q, FS)),
                Butterworth.bandPass(4, 0.5, 40, FS).then(Butterworth.highPass(2, 0.3, FS)));
    }

    /** Transposed direct form II, one section after the other: the definition, nothing interleaved. */
    private static void textbook(double[][] sos, double[] x, double[] z) {
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            for (int n = 0; n < x.length; n++) {
                double y = c[0] * x[n] + z[2 * s];
                z[2 * s] = c[1] * x[n] - c[4] * y + z[2 * s + 1];
                z[2 * s + 1] = c[2] * x[n] - c[5] * y;
                x[n] = y;
            }
        }
    }

    /** SciPy's sosfiltfilt spelled out: odd extension, steady-state start, forward, reverse, forward, reverse. */
    private static double[] textbookFiltfilt(SosFilter f, double[] x) {
        int n = x.length;
        int pad = Math.min(ZeroPhase.defaultPadLength(f.sectionCount()), n - 1);
        double[] e = new double[n + 2 * pad];
        for (int i = 0; i < e.length; i++) {
            int k = i - pad;
            e[i] = k < 0 ? 2 * x[0] - x[-k] : k >= n ? 2 * x[n - 1] - x[2 * (n - 1) - k] : x[k];
        }
        for (int pass = 0; pass < 2; pass++) {
            double[] z = f.steadyState();
            for (int i = 0; i < z.length; i++) z[i] *= e[0];
            textbook(f.sections(), e, z);
            for (int i = 0, j = e.length - 1; i < j; i++, j--) {
                double t = e[i];
                e[i] = e[j];
                e[j] = t;
            }
        }
        double[] y = new double[n];
        System.arraycopy(e, pad, y, 0, n);
        return y;
    }

    private double[] noise(int n) {
        double[] x = new double[n];
        double drift = 0;
        for (int i = 0; i < n; i++) {
            drift += random.nextGaussian() * 0.5;                  // a wandering baseline, as real EEG has
            x[i] = 40 * random.nextGaussian() + drift;
        }
        return x;
    }

    @Test
    void interleavedCausalFilteringEqualsTheTextbookRunForAnyChannelCount() {
        for (SosFilter f : cascades()) {
            for (int channels : new int[] {1, 2, 3, 4, 5, 6, 7, 9, 13}) {
                int off = 3;
                int len = 2500;
                double[][] xs = new double[channels][];
                double[][] zs = new double[channels][];
                double[][] expected = new double[channels][];
                double[][] expectedState = new double[channels][];
                for (int c = 0; c < channels; c++) {
                    xs[c] = noise(off + len + 5);
                    zs[c] = new double[2 * f.sectionCount()];
                    for (int i = 0; i < zs[c].length; i++) zs[c][i] = random.nextGaussian();      // mid-stream state
                    double[] part = Arrays.copyOfRange(xs[c], off, off + len);
                    expectedState[c] = zs[c].clone();
                    textbook(f.sections(), part, expectedState[c]);
                    expected[c] = xs[c].clone();
                    System.arraycopy(part, 0, expected[c], off, len);
                }
                f.filterInPlace(xs, off, len, zs);
                for (int c = 0; c < channels; c++) {
                    String what = f.sectionCount() + " sections, channel " + c + " of " + channels;
                    assertThat(xs[c]).as(what).containsExactly(expected[c]);   // samples outside off..len untouched too
                    assertThat(zs[c]).as(what + " state").containsExactly(expectedState[c]);
                }
            }
        }
    }

    @Test
    void interleavedZeroPhaseEqualsTheTextbookRunAlsoForChannelsOfDifferentLengths() {
        for (SosFilter f : cascades()) {
            int[] lengths = {4000, 4000, 4000, 1234, 4000, 7, 1234, 2, 1, 4000, 0};
            double[][] xs = new double[lengths.length][];
            for (int c = 0; c < xs.length; c++) xs[c] = noise(lengths[c]);
            double[][] ys = ZeroPhase.filtfilt(f, xs, ZeroPhase.defaultPadLength(f.sectionCount()));
            for (int c = 0; c < xs.length; c++) {
                double[] expected = xs[c].length == 0 ? new double[0] : textbookFiltfilt(f, xs[c]);
                assertThat(ys[c]).as("%d sections, channel %d (%d samples)", f.sectionCount(), c, lengths[c]).containsExactly(expected);
                assertThat(f.filtfilt(xs[c])).as("single-channel path").containsExactly(expected);
            }
        }
    }

    @Test
    void batchedPagesEqualFilteringEachSignalsReadSpanByTheBook() {
        int rate = 1000;
        double[][] data = new double[7][];
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < data.length; c++) {
            data[c] = noise(60 * rate);
            labels.add("EEG C" + c);
        }
        SignalSource source = new ArraySource(labels, rate, 3000, data);
        for (DisplayFilter.Settings s : List.of(DisplayFilter.Settings.ACNS_DEFAULT, new DisplayFilter.Settings(0.5, 35, 50),
                DisplayFilter.Settings.OFF)) {
            DisplayFilter filter = new DisplayFilter(s, rate);
            int[] signals = {6, 0, 3, 1, 5};
            // Working arrays kept between pages: first used for a longer page of other signals, so they hold
            // stale samples beyond what the next pages use, and shorter output rows (replaced).
            DisplayFilter.Buffers buffers = new DisplayFilter.Buffers();
            filter.pages(source, new int[] {2, 4, 2}, 20_000, 15 * rate, buffers);
            filter.pages(source, new int[] {4, 2, 4, 2, 4, 2}, 20_000, 5 * rate, buffers);
            // Middle of the record (margins on both sides), its start and its end (margins cut by the record).
            for (long first : new long[] {25_000, 0, 50_000}) {
                DisplayFilter.Page[] pages = filter.pages(source, signals, first, 10 * rate, buffers);
                for (int i = 0; i < signals.length; i++) {
                    long from = Math.max(0, first - filter.marginSamples());
                    long to = Math.min(60L * rate, first + 10 * rate + filter.marginSamples());
                    double[] read = new double[(int) (to - from)];
                    source.readPhysical(signals[i], from, read, 0, read.length);
                    double[] y = s.equals(DisplayFilter.Settings.OFF) ? read : textbookFiltfilt(filterOf(s), read);
                    float[] expected = new float[10 * rate];
                    for (int k = 0; k < expected.length; k++) expected[k] = (float) y[(int) (first - from) + k];
                    assertThat(pages[i].samples()).as("%s, signal %d from %d", s, signals[i], first).containsExactly(expected);
                    assertThat(filter.page(source, signals[i], first, 10 * rate).samples()).containsExactly(expected);
                }
            }
        }
        assertThatThrownBy(() -> new DisplayFilter(DisplayFilter.Settings.ACNS_DEFAULT, rate).pages(source, new int[] {2, 4}, 55_000, 10 * rate))
                .hasMessageContaining("outside signal 2");
    }

    /** The display filter's cascade built here from its parts (LFF, then HFF, then notch; each 2nd order). */
    private static SosFilter filterOf(DisplayFilter.Settings s) {
        SosFilter f = Butterworth.highPass(DisplayFilter.ORDER, s.lffHz(), FS).then(Butterworth.lowPass(DisplayFilter.ORDER, s.hffHz(), FS));
        return s.notchHz() > 0 ? f.then(Notch.design(s.notchHz(), Notch.DEFAULT_Q, FS)) : f;
    }

    @Test
    void mismatchedStatesAndBadPadsAreRefusedWithTheReason() {
        SosFilter f = Butterworth.lowPass(2, 30, FS);
        assertThatThrownBy(() -> f.filterInPlace(new double[3][10], 0, 10, new double[2][2])).hasMessageContaining("3 channels but 2 states");
        assertThatThrownBy(() -> f.filterInPlace(new double[][] {new double[10], new double[10], new double[10], new double[5]}, 0, 10, new double[4][2]))
                .hasMessageContaining("outside a channel");
        assertThatThrownBy(() -> ZeroPhase.filtfiltExtended(f, new double[][] {new double[30]}, 10, 10)).hasMessageContaining("pad 10 for 10 samples");
        assertThatThrownBy(() -> ZeroPhase.filtfiltExtended(f, new double[][] {new double[27]}, 9, 10)).hasMessageContaining("not 28");
    }
}
