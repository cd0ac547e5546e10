package io.braingobrrr.analysis.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.analysis.testing.SharedData;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance point: Welch band powers agree with the shared MNE/SciPy reference within 1 %
 * for every channel of every file. Values the reference gives as null must be null here too; values
 * below 1e-12 of the channel's variance (the reference's std²) are compared with an absolute tolerance
 * of 1e-12 x variance: e.g. a pure 50 Hz sine has 1e-30 µV² in delta, which is rounding noise of the
 * FFT, not a disagreement about the definition.
 *
 * <p>Duplicate labels: the reference is a dict keyed by label, so it keeps one of the duplicates; the
 * signal compared is the one whose mean matches the reference's {@code stats} mean.
 */
class BandPowerReferenceTest {
    static Stream<String> files() {
        return SharedData.allEdfAndBdf().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void bandPowersAgreeWithTheReferenceForEveryChannel(String file) throws Exception {
        Path ref = SharedData.reference(file);
        Assumptions.assumeTrue(Files.exists(ref), "no reference for " + file);
        JsonNode root = new ObjectMapper().readTree(ref.toFile());
        JsonNode bp = root.get("band_power");
        JsonNode stats = root.get("stats");
        Assumptions.assumeTrue(bp != null && bp.isObject() && bp.size() > 0, "reference has no band powers for " + file);
        try (SignalSource src = RecordingReader.open(SharedData.data(file))) {
            List<SignalInfo> signals = src.signals();
            int compared = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = bp.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode expected = e.getValue();
                JsonNode stat = stats.get(e.getKey());
                double[] x = samplesOf(src, e.getKey(), stat.get("mean").asDouble());
                assertThat(x).as("%s: reference channel %s not among the signals", file, e.getKey()).isNotNull();
                int signal = src.indexOf(e.getKey());
                double variance = Math.pow(stat.get("std").asDouble(), 2);
                Welch w = Welch.standard(signals.get(signal).sampleRateHz(), x.length);
                assertThat(w.segmentLength()).as("%s %s nperseg", file, e.getKey()).isEqualTo(expected.get("nperseg").asInt());
                w.add(x, 0, x.length);
                BandPowers mine = BandPowers.of(w.result());
                for (Band b : Band.values()) {
                    JsonNode v = expected.get(b.key());
                    String what = file + " " + e.getKey() + " " + b.key();
                    if (v.isNull()) {
                        assertThat(mine.absolute(b)).as(what + " is null in the reference").isNull();
                        compared++;
                        continue;
                    }
                    assertThat(mine.absolute(b)).as(what).isNotNull();
                    double ev = v.asDouble();
                    double tol = Math.abs(ev) < 1e-12 * variance ? 1e-12 * variance : 0.01 * Math.abs(ev);
                    assertThat(Math.abs(mine.absolute(b) - ev)).as("%s: mine %s vs reference %s", what, mine.absolute(b), ev)
                            .isLessThanOrEqualTo(tol);
                    compared++;
                }
            }
            assertThat(compared).as("values compared in %s", file).isPositive();
        }
    }

    /** Samples of the signal with this label; among duplicates, the one whose mean is nearest {@code mean}. */
    private static double[] samplesOf(SignalSource src, String label, double mean) {
        double[] best = null;
        double bestErr = Double.POSITIVE_INFINITY;
        for (int i = 0; i < src.signals().size(); i++) {
            if (!src.signals().get(i).label().equals(label)) continue;
            double[] x = new double[(int) src.sampleCount(i)];
            src.readPhysical(i, 0, x, 0, x.length);
            double m = java.util.Arrays.stream(x).average().orElse(0);
            if (Math.abs(m - mean) < bestErr) {
                bestErr = Math.abs(m - mean);
                best = x;
            }
        }
        return best;
    }
}
