package io.braingobrrr.analysis.events;

import io.braingobrrr.analysis.AlgorithmInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ictal versus non-ictal for a short single-channel segment (the Bonn set's 23.6 s): {@link IctalFeatures},
 * then a logistic regression ({@link IctalModel}) on six of them. The shipped model is trained on all 100
 * Bonn segments the project can reach by `brrr validate --write-ictal-model`; its accuracy figures in
 * docs/VALIDATION.md come from held-out segments only. Calibrated on Bonn (intracranial ictal, surface and
 * intracranial non-ictal): not a scalp-EEG seizure detector.
 */
public final class IctalSegmentClassifier {
    public static final String NAME = "brrr-ictal-segment";
    /** 2.0: six features and a logistic regression instead of the amplitude threshold of 1.0. */
    public static final String VERSION = "2.0";
    /** The model's inputs, in order; logs where the feature spans orders of magnitude. */
    public static final List<String> INPUTS = List.of("ln_amplitude_sd", "hjorth_mobility", "hjorth_complexity",
            "spectral_entropy", "ln_theta_power", "ln_beta_power");
    public static final String MODEL_RESOURCE = "ictal-model-v2.txt";

    public record Decision(boolean ictal, double confidence, double score, IctalFeatures features) {
    }

    private final IctalModel model;

    public IctalSegmentClassifier(IctalModel model) {
        if (model.weights().length != INPUTS.size()) {
            throw new IllegalArgumentException("an ictal model needs " + INPUTS.size() + " weights (" + INPUTS + "), not " + model.weights().length);
        }
        this.model = model;
    }

    /** The model shipped in the jar. */
    public static IctalSegmentClassifier standard() {
        try (InputStream in = IctalSegmentClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the ictal model resource " + MODEL_RESOURCE + " is missing from the build");
            return new IctalSegmentClassifier(IctalModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), MODEL_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IctalModel model() {
        return model;
    }

    public static double[] inputs(IctalFeatures f) {
        return new double[] {Math.log(f.amplitudeSd()), f.hjorthMobility(), f.hjorthComplexity(), f.spectralEntropy(),
                Math.log(f.thetaPower()), Math.log(f.betaPower())};
    }

    /** @throws IllegalArgumentException naming the problem for a segment shorter than 4 s, a flat one or non-finite samples */
    public Decision classify(double[] x, double rateHz) {
        return classify(IctalFeatures.of(x, rateHz));
    }

    public Decision classify(IctalFeatures f) {
        double[] in = inputs(f);
        for (int j = 0; j < in.length; j++) {
            if (!Double.isFinite(in[j])) throw new IllegalArgumentException("feature " + INPUTS.get(j) + " is not finite (" + in[j] + "): no power in its band?");
        }
        return new Decision(model.ictal(in), model.confidence(in), model.score(in), f);
    }

    public AlgorithmInfo info() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("model", "logistic regression, balanced class weights, threshold by Youden's J");
        p.put("inputs", INPUTS);
        p.put("weights", Arrays.stream(model.weights()).map(w -> Math.round(w * 1000) / 1000.0).boxed().toList());
        p.put("l2", model.l2());
        p.put("threshold", Math.round(model.threshold() * 1000) / 1000.0);
        p.put("high_pass_hz", IctalFeatures.HIGH_PASS_HZ);
        p.put("spectrum", "Welch, 4 s Hann, 50 % overlap, 0.5-30 Hz");
        p.put("min_segment_s", IctalFeatures.MIN_SECONDS);
        return new AlgorithmInfo(NAME, VERSION, p);
    }
}
