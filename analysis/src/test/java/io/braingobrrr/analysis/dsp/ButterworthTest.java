package io.braingobrrr.analysis.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ButterworthTest {
    private static final double FS = 256;

    static Stream<JsonNode> referenceCases() throws IOException {
        return cases(reference());
    }

    static JsonNode reference() throws IOException {
        try (InputStream in = ButterworthTest.class.getResourceAsStream("/dsp/butterworth_reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Stream<JsonNode> cases(JsonNode ref) {
        List<JsonNode> l = new ArrayList<>();
        ref.get("cases").forEach(l::add);
        return l.stream();
    }

    static SosFilter design(JsonNode c, double fs) {
        int n = c.get("order").asInt();
        JsonNode e = c.get("edges_hz");
        return switch (c.get("type").asText()) {
            case "low" -> Butterworth.lowPass(n, e.get(0).asDouble(), fs);
            case "high" -> Butterworth.highPass(n, e.get(0).asDouble(), fs);
            case "bandpass" -> Butterworth.bandPass(n, e.get(0).asDouble(), e.get(1).asDouble(), fs);
            case "bandstop" -> Butterworth.bandStop(n, e.get(0).asDouble(), e.get(1).asDouble(), fs);
            default -> throw new IllegalArgumentException(c.toString());
        };
    }

    /** Multiplies the sections out into one b/a pair. */
    static double[][] transferFunction(SosFilter f) {
        double[] b = {1};
        double[] a = {1};
        for (double[] s : f.sections()) {
            b = conv(b, new double[] {s[0], s[1], s[2]});
            a = conv(a, new double[] {1, s[4], s[5]});
        }
        return new double[][] {trim(b), trim(a)};
    }

    private static double[] conv(double[] x, double[] y) {
        double[] r = new double[x.length + y.length - 1];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < y.length; j++) r[i + j] += x[i] * y[j];
        return r;
    }

    private static double[] trim(double[] p) {
        int n = p.length;
        while (n > 1 && p[n - 1] == 0) n--;
        return java.util.Arrays.copyOf(p, n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void coefficientsMatchTheIndependentZpkDesign(JsonNode c) throws IOException {
        SosFilter f = design(c, reference().get("fs").asDouble());
        double[][] ba = transferFunction(f);
        double[] b = toArray(c.get("b"));
        double[] a = toArray(c.get("a"));
        assertThat(ba[1]).hasSize(a.length);
        double bScale = java.util.Arrays.stream(b).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < a.length; i++) {
            assertThat(ba[1][i]).as("a[%d]", i).isCloseTo(a[i], within(1e-9 * Math.max(1, Math.abs(a[i]))));
        }
        for (int i = 0; i < b.length; i++) {
            double mine = i < ba[0].length ? ba[0][i] : 0;
            assertThat(mine).as("b[%d]", i).isCloseTo(b[i], within(1e-9 * bScale));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCases")
    void filtfiltMatchesTheIndependentDirectFormRun(JsonNode c) throws IOException {
        JsonNode ref = reference();
        double fs = ref.get("fs").asDouble();
        double[] x = new double[300];
        for (int t = 0; t < x.length; t++) {
            x[t] = Math.sin(2 * Math.PI * 3 * t / fs) + 0.5 * Math.sin(2 * Math.PI * 30 * t / fs) + 0.01 * t + 2.0;
        }
        SosFilter f = design(c, fs);
        assertThat(ZeroPhase.defaultPadLength(f.sectionCount())).isEqualTo(c.get("filtfilt_padlen").asInt());
        double[] y = f.filtfilt(x);
        double[] expected = toArray(c.get("filtfilt"));
        for (int i = 0; i < y.length; i++) assertThat(y[i]).as("y[%d]", i).isCloseTo(expected[i], within(1e-7));
    }

    static double[] toArray(JsonNode n) {
        double[] d = new double[n.size()];
        for (int i = 0; i < d.length; i++) d[i] = n.get(i).asDouble();
        return d;
    }

    private static double db(double g) {
        return 20 * Math.log10(g);
    }

    /** The bilinear Butterworth magnitude in closed form: 1 / (1 + (tan(pi f/fs) / tan(pi fc/fs))^(2n)). */
    private static double analyticLowPass(int n, double fc, double f) {
        return 1 / Math.sqrt(1 + Math.pow(Math.tan(Math.PI * f / FS) / Math.tan(Math.PI * fc / FS), 2 * n));
    }

    @Test
    void lowPassFollowsTheClosedFormMagnitudeAndIsMinus3dBAtCutoff() {
        for (int order : new int[] {1, 2, 4, 7}) {
            SosFilter f = Butterworth.lowPass(order, 30, FS);
            assertThat(db(f.gain(30, FS))).as("order %d at cutoff", order).isCloseTo(-3.0103, within(1e-6));
            assertThat(f.gain(0, FS)).isCloseTo(1, within(1e-12));
            for (double hz = 1; hz < FS / 2; hz += 3.7) {
                assertThat(f.gain(hz, FS)).as("order %d at %s Hz", order, hz).isCloseTo(analyticLowPass(order, 30, hz), within(1e-9));
            }
            assertThat(db(f.gain(5, FS))).isCloseTo(0, within(0.2));
            // Butterworth: 6 dB per octave per order, at least, beyond the cutoff (bilinear adds more)
            assertThat(db(f.gain(60, FS))).isLessThan(-6.0 * order);
            assertThat(f.gain(FS / 2, FS)).isLessThan(1e-6);
        }
    }

    @Test
    void highPassIsMinus3dBAtCutoffAndBlocksDc() {
        for (int order : new int[] {1, 2, 3, 4}) {
            SosFilter f = Butterworth.highPass(order, 1, FS);
            assertThat(db(f.gain(1, FS))).isCloseTo(-3.0103, within(1e-6));
            assertThat(f.gain(0, FS)).isLessThan(1e-9);
            assertThat(f.gain(FS / 2, FS)).isCloseTo(1, within(1e-9));
            assertThat(db(f.gain(0.5, FS))).isLessThan(-6.0 * order + 0.5);
            // high-pass = low-pass magnitude mirrored: |H_hp(f)| = 1/sqrt(1 + (tan(pi fc/fs)/tan(pi f/fs))^(2n))
            for (double hz = 0.25; hz < FS / 2; hz *= 1.7) {
                double expected = 1 / Math.sqrt(1 + Math.pow(Math.tan(Math.PI * 1 / FS) / Math.tan(Math.PI * hz / FS), 2 * order));
                assertThat(f.gain(hz, FS)).isCloseTo(expected, within(1e-9));
            }
        }
    }

    @Test
    void bandPassAndStopHaveTheirEdgesAtMinus3dB() {
        SosFilter bp = Butterworth.bandPass(3, 8, 12, FS);
        assertThat(bp.sectionCount()).isEqualTo(3);
        assertThat(db(bp.gain(8, FS))).isCloseTo(-3.0103, within(1e-6));
        assertThat(db(bp.gain(12, FS))).isCloseTo(-3.0103, within(1e-6));
        assertThat(bp.gain(Math.sqrt(8 * 12.0), FS)).isCloseTo(1, within(1e-3));
        assertThat(bp.gain(0, FS)).isLessThan(1e-9);
        assertThat(db(bp.gain(30, FS))).isLessThan(-40);
        SosFilter bs = Butterworth.bandStop(2, 48, 52, FS);
        assertThat(db(bs.gain(48, FS))).isCloseTo(-3.0103, within(1e-6));
        assertThat(db(bs.gain(52, FS))).isCloseTo(-3.0103, within(1e-6));
        assertThat(bs.gain(0, FS)).isCloseTo(1, within(1e-12));
        assertThat(db(bs.gain(50, FS))).isLessThan(-60);
    }

    @Test
    void zeroPhaseFilteringOfAPassBandSineHasNoLagAndSquaredGain() {
        SosFilter f = Butterworth.bandPass(2, 1, 30, FS);
        double[] x = new double[20 * (int) FS];
        for (int i = 0; i < x.length; i++) x[i] = Math.sin(2 * Math.PI * 10 * i / FS);
        double[] y = f.filtfilt(x);
        double g2 = Math.pow(f.gain(10, FS), 2);
        // away from the ends: y = |H|^2 x, no shift
        for (int i = 5 * (int) FS; i < x.length - 5 * (int) FS; i++) assertThat(y[i]).isCloseTo(g2 * x[i], within(1e-6));
        // lag by cross-correlation peak is zero
        int bestLag = 99;
        double best = -1;
        for (int lag = -10; lag <= 10; lag++) {
            double s = 0;
            for (int i = 500; i < x.length - 500; i++) s += x[i] * y[i + lag];
            if (s > best) {
                best = s;
                bestLag = lag;
            }
        }
        assertThat(bestLag).isZero();
    }

    @Test
    void steadyStateStartMeansAConstantInputGivesItsDcGainWithoutRinging() {
        SosFilter lp = Butterworth.lowPass(4, 10, FS);
        double[] x = new double[200];
        java.util.Arrays.fill(x, 37.5);
        double[] y = new double[x.length];
        System.arraycopy(x, 0, y, 0, x.length);
        lp.stream().process(y, 0, y.length);
        for (double v : y) assertThat(v).isCloseTo(37.5, within(1e-9));
        for (double v : lp.filtfilt(x)) assertThat(v).isCloseTo(37.5, within(1e-9));
        for (double v : Butterworth.highPass(3, 0.5, FS).filtfilt(x)) assertThat(v).isCloseTo(0, within(1e-9));
    }

    @Test
    void shortSignalsAreFilteredWithAShorterPadInsteadOfFailing() {
        SosFilter f = Butterworth.lowPass(4, 10, FS);
        assertThat(f.filtfilt(new double[] {1, 1, 1})).containsExactly(new double[] {1, 1, 1}, within(1e-9));
        assertThat(f.filtfilt(new double[0])).isEmpty();
    }

    @Test
    void impossibleDesignsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Butterworth.lowPass(4, 200, FS)).hasMessageContaining("Nyquist");
        assertThatThrownBy(() -> Butterworth.highPass(0, 1, FS)).hasMessageContaining("order");
        assertThatThrownBy(() -> Butterworth.bandPass(2, 12, 8, FS)).hasMessageContaining("rise");
        assertThatThrownBy(() -> Butterworth.lowPass(2, 10, 0)).hasMessageContaining("sampling rate");
    }
}
