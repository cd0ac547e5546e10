package io.braingobrrr.analysis.sleep;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.braingobrrr.analysis.sleep.SleepStage.N1;
import static io.braingobrrr.analysis.sleep.SleepStage.N2;
import static io.braingobrrr.analysis.sleep.SleepStage.N3;
import static io.braingobrrr.analysis.sleep.SleepStage.R;
import static io.braingobrrr.analysis.sleep.SleepStage.W;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StageTransitionsTest {
    /** Stay 0.9, move to any other stage 0.025. */
    private static StageTransitions sticky() {
        double[][] p = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) p[i][j] = i == j ? 0.9 : 0.025;
        return new StageTransitions(p);
    }

    private static double[] post(SleepStage top, double pTop, SleepStage second, double pSecond) {
        double[] p = new double[5];
        double rest = (1 - pTop - pSecond) / (second == null ? 4 : 3);
        Arrays.fill(p, rest);
        p[top.ordinal()] = pTop;
        if (second != null) p[second.ordinal()] = pSecond;
        return p;
    }

    @Test
    void viterbiOverridesALoneAmbiguousEpoch() {
        // epochs: W 0.9 | N1 0.5 vs W 0.4 | W 0.9. By hand (uniform start cancels):
        //   W W W : 0.9*0.4*0.9 emissions x 0.9*0.9 transitions = 0.324 x 0.81 = 0.26244
        //   W N1 W: 0.9*0.5*0.9 x 0.025*0.025 = 0.405 x 0.000625 = 0.00025
        // so the lone N1 is overruled; epoch by epoch it would have won.
        double[][] e = {post(W, 0.9, null, 0), post(N1, 0.5, W, 0.4), post(W, 0.9, null, 0)};
        assertThat(sticky().viterbi(e)).containsExactly(W, W, W);
    }

    @Test
    void viterbiFollowsALastingChange() {
        // W 0.95 (others 0.0125) then three epochs N2 0.8 (W 0.1). By hand, uniform start cancelling:
        //   W W W W    : 0.95*0.1^3     x 0.9^3          = 0.000693
        //   W N2 N2 N2 : 0.95*0.8^3     x 0.025*0.9^2    = 0.00985   <- best
        //   W W N2 N2  : 0.95*0.1*0.8^2 x 0.9*0.025*0.9  = 0.00123
        //   W W W N2   : 0.95*0.01*0.8  x 0.9^2*0.025    = 0.000154
        //   N2 N2 N2 N2: 0.0125*0.8^3   x 0.9^3          = 0.00467
        double[][] e = {post(W, 0.95, null, 0), post(N2, 0.8, W, 0.1), post(N2, 0.8, W, 0.1), post(N2, 0.8, W, 0.1)};
        assertThat(sticky().viterbi(e)).containsExactly(W, N2, N2, N2);
    }

    @Test
    void smoothedPosteriorsAreDistributionsThatLeanOnTheNeighbours() {
        double[][] e = {post(W, 0.9, null, 0), post(N1, 0.5, W, 0.4), post(W, 0.9, null, 0)};
        double[][] s = sticky().smoothed(e);
        for (double[] row : s) assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(1e-12));
        assertThat(s[1][W.ordinal()]).isGreaterThan(s[1][N1.ordinal()]);
        assertThat(sticky().viterbi(new double[0][])).isEmpty();
    }

    @Test
    void countsTransitionsWithOnePseudoCountAndBreaksAtUnscoredEpochs() {
        List<SleepStage> h = new ArrayList<>(Arrays.asList(W, W, N1, null, N1, N2));
        StageTransitions t = StageTransitions.count(List.of(h));
        // row W: W->W 1 + 1, W->N1 1 + 1, three others 1: total 7
        assertThat(t.probability(W, W)).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(t.probability(W, N1)).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(t.probability(W, R)).isCloseTo(1.0 / 7, within(1e-12));
        // row N1: only N1->N2 (the N1, null, N1 run is broken): 2/6
        assertThat(t.probability(N1, N2)).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(t.probability(N3, N3)).isCloseTo(1.0 / 5, within(1e-12));
    }

    @Test
    void textRoundTripsAndBrokenTextIsNamed() throws IOException {
        StageTransitions t = sticky();
        StageTransitions back = StageTransitions.fromText(t.toText().lines().toList());
        assertThat(back.probability(N3, N3)).isCloseTo(0.9, within(1e-9));
        List<String> noR = t.toText().lines().filter(l -> !l.startsWith("transition R")).toList();
        assertThatThrownBy(() -> StageTransitions.fromText(noR)).hasMessageContaining("no transition line for R");
        assertThatThrownBy(() -> StageTransitions.fromText(List.of("transition X 1 0 0 0 0"))).hasMessageContaining("without a stage");
        assertThatThrownBy(() -> StageTransitions.fromText(List.of("transition W 1 0 0"))).hasMessageContaining("needs 5 probabilities");
        assertThatThrownBy(() -> new StageTransitions(new double[][] {{0.5, 0.5, 0.5, 0.5, 0.5}, {}, {}, {}, {}}))
                .hasMessageContaining("sums to 2.5");
    }
}
