package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.validation.BonnSegments;
import io.braingobrrr.analysis.validation.SeizureValidation;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IctalSegmentClassifierTest {
    private static final double FS = 200;
    private static List<BonnSegments.Segment> bonn;

    /** Loaded on first use, so the synthetic tests run (and the Bonn ones skip) without shared/data. */
    private static List<BonnSegments.Segment> bonn() throws IOException {
        if (bonn == null) bonn = BonnSegments.readAll(SharedData.data("seizure/bonn"));
        return bonn;
    }

    private static double[] sine(double amplitude, double hz, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = amplitude * Math.sin(2 * Math.PI * hz * i / FS);
        return x;
    }

    @Test
    void featuresOfAKnownSine() {
        // 10 s of a 100 µV 5 Hz sine at 200 Hz: SD 100/√2; line length per sample 4·A·f/fs = 10; Hjorth mobility of a sine is
        // 2·sin(π f/fs) per sample (first difference) = 0.1569, complexity 1 (its derivative is the same sine); the spectrum is one
        // line, so almost all power sits within ±2 bins of the peak and the entropy is low; Teager energy of A·sin(ωn) is A²·sin²(ω).
        IctalFeatures f = IctalFeatures.of(sine(100, 5, 2000), FS);
        assertThat(f.amplitudeSd()).isCloseTo(100 / Math.sqrt(2), within(1.5));
        assertThat(f.lineLengthPerSample()).isCloseTo(10, within(0.1));
        assertThat(f.hjorthMobility()).isCloseTo(2 * Math.sin(Math.PI * 5 / FS), within(0.002));
        assertThat(f.hjorthComplexity()).isCloseTo(1, within(0.02));
        assertThat(f.dominantShare()).isGreaterThan(0.95);
        assertThat(f.spectralEntropy()).isLessThan(0.3);
        assertThat(f.nonlinearEnergy()).isCloseTo(100 * 100 * Math.pow(Math.sin(2 * Math.PI * 5 / FS), 2), within(2.0));
        assertThat(f.rhythmicity()).isGreaterThan(0.9);
        assertThat(f.thetaPower()).isCloseTo(100 * 100 / 2.0, within(100 * 100 / 2.0 * 0.02));
        assertThat(f.betaPower()).isLessThan(f.thetaPower() * 1e-3);
    }

    @Test
    void whiteNoiseHasAFlatSpectrumAndASineDoesNot() {
        Random rnd = new Random(7);
        double[] noise = new double[20_000];
        for (int i = 0; i < noise.length; i++) noise[i] = 30 * rnd.nextGaussian();
        IctalFeatures n = IctalFeatures.of(noise, FS);
        IctalFeatures s = IctalFeatures.of(sine(30, 10, 20_000), FS);
        // Entropy of a flat spectrum over its bins is 1 (normalised); Welch's averaging leaves ~1 % ripple.
        assertThat(n.spectralEntropy()).isGreaterThan(0.98);
        assertThat(s.spectralEntropy()).isLessThan(0.3);
        // White noise: 5 bins of 118 carry about 5/118 of the 0.5-30 Hz power.
        assertThat(n.dominantShare()).isBetween(0.03, 0.07);
        // Independent samples: var(x') = 2 var(x), so mobility √2; var(x'') = 6 var(x), so complexity √3/√2.
        assertThat(n.hjorthMobility()).isCloseTo(Math.sqrt(2), within(0.05));
        assertThat(n.hjorthComplexity()).isCloseTo(Math.sqrt(1.5), within(0.05));
    }

    @Test
    void brokenInputIsNamed() {
        IctalSegmentClassifier c = IctalSegmentClassifier.standard();
        assertThatThrownBy(() -> c.classify(new double[700], FS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shorter than 4 s").hasMessageContaining("700 samples");
        assertThatThrownBy(() -> c.classify(new double[2000], FS)).hasMessageContaining("flat");
        double[] x = sine(50, 5, 2000);
        x[123] = Double.NaN;
        assertThatThrownBy(() -> c.classify(x, FS)).hasMessageContaining("sample 123");
        assertThatThrownBy(() -> c.classify(sine(50, 5, 2000), 0)).hasMessageContaining("sample rate");
        assertThatThrownBy(() -> IctalModel.parse("means 1 2\nsds 1 x\n", "m.txt")).hasMessageContaining("m.txt line 2");
        assertThatThrownBy(() -> IctalModel.parse("means 1\nsds 1\nweights 1\nbias 0\n", "m.txt")).hasMessageContaining("missing threshold");
    }

    @Test
    void shippedModelOnRealBonnSegments() throws IOException {
        // Large, fast ictal segments and quiet healthy ones are the easy cases every sane model gets right.
        IctalSegmentClassifier c = IctalSegmentClassifier.standard();
        assertThat(c.info().version()).isEqualTo("2.0");
        assertThat(c.info().parameters()).containsKeys("inputs", "weights", "threshold", "l2");
        for (String name : List.of("S001", "S010", "S017")) assertThat(c.classify(segment(name), BonnSegments.RATE_HZ).ictal()).as(name).isTrue();
        for (String name : List.of("Z001", "O002", "N003", "F004")) assertThat(c.classify(segment(name), BonnSegments.RATE_HZ).ictal()).as(name).isFalse();
    }

    @Test
    void modelTextRoundTrips() throws IOException {
        IctalModel m = IctalSegmentClassifier.standard().model();
        IctalModel back = IctalModel.parse(m.toText("a comment\nover two lines"), "x");
        double[] in = IctalSegmentClassifier.inputs(IctalFeatures.of(segment("S005"), BonnSegments.RATE_HZ));
        assertThat(back.score(in)).isEqualTo(m.score(in));
        assertThat(back.threshold()).isEqualTo(m.threshold());
    }

    @Test
    void bonnHeldOut() throws IOException {
        // Floors at the figures in docs/VALIDATION.md: a broken feature, split or fold leak moves them.
        SeizureValidation.Result r = SeizureValidation.run(bonn());
        assertThat(r.evenTest().counts().tp() + r.evenTest().counts().fn()).isEqualTo(10);
        assertThat(r.evenTest().counts().tn() + r.evenTest().counts().fp()).isEqualTo(40);
        assertThat(r.evenTest().counts().sensitivity()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.evenTest().counts().specificity()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.leaveOneOut().counts().tp() + r.leaveOneOut().counts().fn()).isEqualTo(20);
        assertThat(r.leaveOneOut().counts().sensitivity()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.leaveOneOut().counts().specificity()).isGreaterThanOrEqualTo(0.95);
        int[][] bySet = r.leaveOneOut().setConfusion();
        for (int[] set : bySet) assertThat(set[0] + set[1]).isEqualTo(20);
    }

    private static double[] segment(String name) throws IOException {
        return bonn().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().samples();
    }
}
