package io.braingobrrr.analysis.sleep;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.braingobrrr.analysis.sleep.SleepStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SleepStatisticsTest {
    private static final double EPS = 1e-9;

    @Test
    void handScoredNight() {
        // 11 epochs: W W N1 N2 N2 W N2 N3 R W W. By hand: TIB 11 x 0.5 = 5.5 min; sleep onset at epoch 2 (SOL 1.0);
        // last sleep epoch 8, SPT = 7 epochs = 3.5; TST = 6 sleep epochs = 3.0; SE = 3/5.5 = 54.5454..%;
        // WASO = epoch 5 only = 0.5; REM latency = epochs 2..8 = 3.0; N1 1/6, N2 3/6, N3 1/6, R 1/6; 1 awakening
        // (the final wake after the last sleep epoch is outside the sleep period).
        SleepStatistics s = SleepStatistics.of(List.of(W, W, N1, N2, N2, W, N2, N3, R, W, W), 30);
        assertThat(s.tibMin()).isCloseTo(5.5, within(EPS));
        assertThat(s.solMin()).isCloseTo(1.0, within(EPS));
        assertThat(s.sptMin()).isCloseTo(3.5, within(EPS));
        assertThat(s.tstMin()).isCloseTo(3.0, within(EPS));
        assertThat(s.sePct()).isCloseTo(300.0 / 5.5, within(EPS));
        assertThat(s.wasoMin()).isCloseTo(0.5, within(EPS));
        assertThat(s.remLatencyMin()).isCloseTo(3.0, within(EPS));
        assertThat(s.pctN1()).isCloseTo(100.0 / 6, within(EPS));
        assertThat(s.pctN2()).isCloseTo(50.0, within(EPS));
        assertThat(s.pctN3()).isCloseTo(100.0 / 6, within(EPS));
        assertThat(s.pctR()).isCloseTo(100.0 / 6, within(EPS));
        assertThat(s.awakenings()).isEqualTo(1);
    }

    @Test
    void sleepFromTheFirstEpochWithTwoAwakeningsAndNoRem() {
        // N2 W W N2 W N3: SOL 0; SPT 6 epochs = 3.0; TST 3 epochs = 1.5; SE 50 %; WASO 3 epochs = 1.5; 2 awakenings.
        SleepStatistics s = SleepStatistics.of(List.of(N2, W, W, N2, W, N3), 30);
        assertThat(s.solMin()).isCloseTo(0.0, within(EPS));
        assertThat(s.sptMin()).isCloseTo(3.0, within(EPS));
        assertThat(s.tstMin()).isCloseTo(1.5, within(EPS));
        assertThat(s.sePct()).isCloseTo(50.0, within(EPS));
        assertThat(s.wasoMin()).isCloseTo(1.5, within(EPS));
        assertThat(s.awakenings()).isEqualTo(2);
        assertThat(s.remLatencyMin()).isNull();
        assertThat(s.pctN2()).isCloseTo(200.0 / 3, within(EPS));
        assertThat(s.pctN3()).isCloseTo(100.0 / 3, within(EPS));
    }

    @Test
    void allWakeHasNoSleepOnset() {
        SleepStatistics s = SleepStatistics.of(List.of(W, W, W), 30);
        assertThat(s.tibMin()).isCloseTo(1.5, within(EPS));
        assertThat(s.tstMin()).isZero();
        assertThat(s.solMin()).isNull();
        assertThat(s.remLatencyMin()).isNull();
        assertThat(s.awakenings()).isZero();
    }

    @Test
    void unscoredEpochIsRejected() {
        assertThatThrownBy(() -> SleepStatistics.of(Arrays.asList(W, null, N2), 30))
                .hasMessageContaining("epoch 1");
    }

    @Test
    void stageCodes() {
        assertThat(SleepStage.fromDreamsCode(5)).isEqualTo(W);
        assertThat(SleepStage.fromDreamsCode(4)).isEqualTo(R);
        assertThat(SleepStage.fromDreamsCode(3)).isEqualTo(N1);
        assertThat(SleepStage.fromDreamsCode(2)).isEqualTo(N2);
        assertThat(SleepStage.fromDreamsCode(1)).isEqualTo(N3);
        assertThat(SleepStage.fromDreamsCode(0)).isEqualTo(N3);
        assertThat(SleepStage.fromDreamsCode(-1)).isNull();
        assertThat(SleepStage.fromAnnotation("Sleep stage 4")).isEqualTo(N3);
        assertThat(SleepStage.fromAnnotation("Sleep stage N1")).isEqualTo(N1);
        assertThat(SleepStage.fromAnnotation("Sleep stage R")).isEqualTo(R);
        assertThat(SleepStage.fromAnnotation("Sleep stage ?")).isNull();
        assertThat(SleepStage.fromAnnotation("Obstructive apnea")).isNull();
    }
}
