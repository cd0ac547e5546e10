package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.Interval;
import io.braingobrrr.analysis.sleep.SleepStage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.braingobrrr.analysis.sleep.SleepStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {
    @Test
    void iouThresholdDecidesAMatch() {
        // [10, 11] vs [10.8, 11.8]: overlap 0.2, union 1.8 -> IoU 0.111 < 0.2; vs [10.5, 11.5]: 0.5/1.5 = 0.333.
        Interval ref = new Interval(10, 1);
        assertThat(ref.iou(new Interval(10.8, 1))).isCloseTo(0.2 / 1.8, within(1e-12));
        assertThat(EventMatching.match(List.of(new Interval(10.8, 1)), List.of(ref), 0.2))
                .isEqualTo(new EventMatching.Score(0, 1, 1));
        assertThat(EventMatching.match(List.of(new Interval(10.5, 1)), List.of(ref), 0.2))
                .isEqualTo(new EventMatching.Score(1, 0, 0));
    }

    @Test
    void eachEventMatchesOnceBestPairFirst() {
        // Two detections overlap one reference event; only the better one counts, the other is a false positive.
        List<Interval> det = List.of(new Interval(0, 1), new Interval(0.1, 1), new Interval(50, 1));
        List<Interval> ref = List.of(new Interval(0.1, 1), new Interval(20, 1));
        EventMatching.Score s = EventMatching.match(det, ref, 0.2);
        assertThat(s).isEqualTo(new EventMatching.Score(1, 2, 1));
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.f1()).isCloseTo(2.0 / 5, within(1e-12));
    }

    @Test
    void unionMergesOverlappingEvents() {
        List<Interval> u = EventMatching.union(List.of(new Interval(1, 1), new Interval(10, 1)),
                List.of(new Interval(1.5, 1), new Interval(20, 1)));
        assertThat(u).containsExactly(new Interval(1, 1.5), new Interval(10, 1), new Interval(20, 1));
    }

    @Test
    void kappaAndAccuracyByHand() {
        // reference W W N2 N2 ; predicted W N2 N2 N2: po = 3/4; pe = (2/4*1/4) + (2/4*3/4) = 0.5 -> kappa 0.5.
        StageAgreement a = StageAgreement.of(List.of(W, W, N2, N2), List.of(W, N2, N2, N2));
        assertThat(a.accuracy()).isCloseTo(0.75, within(1e-12));
        assertThat(a.kappa()).isCloseTo(0.5, within(1e-12));
        long[][] c = a.confusion();
        assertThat(c[W.ordinal()][W.ordinal()]).isEqualTo(1);
        assertThat(c[W.ordinal()][N2.ordinal()]).isEqualTo(1);
        assertThat(c[N2.ordinal()][N2.ordinal()]).isEqualTo(2);
    }

    @Test
    void unscoredReferenceEpochsAreSkippedAndPoolingAddsMatrices() {
        StageAgreement a = StageAgreement.of(Arrays.asList(W, null, R), List.of(W, N1, N1));
        assertThat(a.epochs()).isEqualTo(2);
        StageAgreement pooled = a.plus(StageAgreement.of(List.of(R), List.of(R)));
        assertThat(pooled.epochs()).isEqualTo(3);
        assertThat(pooled.accuracy()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void kappaIsUndefinedWhenOneStageFillsBothSides() {
        assertThat(StageAgreement.of(List.of(W, W), List.of(W, W)).kappa()).isNaN();
    }
}
