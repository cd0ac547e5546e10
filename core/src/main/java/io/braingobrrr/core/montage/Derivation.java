package io.braingobrrr.core.montage;

import java.util.Map;

/**
 * One displayed channel of a montage: a weighted sum of electrodes, e.g. Fp1 - F7 is {Fp1: 1, F7: -1}.
 * The special electrode {@link #AVERAGE} stands for the common average of the montage's source electrodes.
 */
public record Derivation(String label, Map<String, Double> weights) {
    public static final String AVERAGE = "AVG";

    public Derivation {
        weights = Map.copyOf(weights);
    }

    /** Bipolar pair "a-b". */
    public static Derivation bipolar(String a, String b) {
        return new Derivation(a + "-" + b, Map.of(a, 1.0, b, -1.0));
    }

    /** Electrode against the common average. */
    public static Derivation againstAverage(String a) {
        return new Derivation(a + "-" + AVERAGE, Map.of(a, 1.0, AVERAGE, -1.0));
    }

    /** The electrode as recorded (against the amplifier's reference). */
    public static Derivation single(String a) {
        return new Derivation(a, Map.of(a, 1.0));
    }
}
