package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.screening.ScreeningResult.Triage;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalKind;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The comprehensive analysis's screening on a few real Bonn segments, each a one-channel recording. */
class ScreeningValidationTest {
    private static final Set<String> CHOSEN = Set.of("Z001", "Z002", "O001", "N001", "F005", "S001", "S002", "S003");

    private static List<BonnSegments.Segment> chosen() throws IOException {
        Path bonn = SharedData.data("seizure/bonn");      // skips with a message when shared/data is absent
        return BonnSegments.readAll(bonn).stream().filter(s -> CHOSEN.contains(s.name())).toList();
    }

    @Test
    void segmentIsAOneChannelRecordingAt173Hz() throws IOException {
        BonnSegments.Segment z1 = chosen().stream().filter(s -> s.name().equals("Z001")).findFirst().orElseThrow();
        try (BonnSegmentSource src = new BonnSegmentSource(z1)) {
            SignalInfo eeg = src.signals().get(0);
            assertThat(src.signals()).hasSize(1);
            assertThat(eeg.kind()).isEqualTo(SignalKind.EEG);
            assertThat(eeg.electrode()).as("no electrode name: the files do not give one").isNull();
            assertThat(eeg.sampleRateHz()).isEqualTo(173.61);
            assertThat(src.sampleCount(0)).isEqualTo(4097);
            assertThat(src.durationSeconds()).isCloseTo(23.6, within(0.01));
            int[] digital = new int[3];
            src.readDigital(0, 0, digital, 0, 3);
            assertThat(digital[0]).isEqualTo(12);      // MANIFEST: Z001's first line is '12'
            assertThatThrownBy(() -> src.readPhysical(0, 4095, new double[3], 0, 3))
                    .hasMessageContaining("outside 0..4097").hasMessageContaining("'EEG'");
        }
    }

    @Test
    void tallyOfAFewRealSegments() throws IOException {
        List<BonnSegments.Segment> segments = chosen();
        assertThat(segments).hasSize(CHOSEN.size());
        ScreeningValidation.Result r = ScreeningValidation.run(segments);

        assertThat(r.outcomes()).extracting(o -> o.segment().name()).containsExactlyElementsOf(segments.stream().map(BonnSegments.Segment::name).toList());
        int[] perSet = {2, 1, 1, 1, 3};
        for (int i = 0; i < perSet.length; i++) {
            assertThat(r.abnormal()[i][0] + r.abnormal()[i][1]).isEqualTo(perSet[i]);
            assertThat(r.triage()[i][0] + r.triage()[i][1] + r.triage()[i][2]).isEqualTo(perSet[i]);
            // A non-routine triage always comes with a finding, so it is never more frequent than is_abnormal.
            assertThat(r.triage()[i][1] + r.triage()[i][2]).isEqualTo(r.abnormal()[i][1]);
        }
        SeizureValidation.Counts e = r.epileptic(), ictal = r.ictal();
        assertThat(e.tp() + e.fn()).isEqualTo(5);       // N001, F005, S001-S003
        assertThat(e.tn() + e.fp()).isEqualTo(3);
        assertThat(ictal.tp() + ictal.fn()).isEqualTo(3);
        assertThat(ictal.tn() + ictal.fp()).isEqualTo(5);

        // Healthy eyes-open scalp EEG: nothing to report.
        for (ScreeningValidation.Outcome o : r.outcomes()) {
            if (o.segment().set() == 'Z') {
                assertThat(o.abnormal()).as(o.segment().name()).isFalse();
                assertThat(o.triage()).isEqualTo(Triage.ROUTINE);
                assertThat(o.rejectedBy()).isEmpty();
            }
        }
    }

    /**
     * The ictal segments S001-S003 exceed ±250 µV in every 1 s epoch (checked here from the raw integers, not from
     * the pipeline), so the scalp quality-control thresholds reject their only channel. The screening must then
     * not call them routine: with no EEG left to judge it flags them for review (expedite, not_assessable).
     */
    @Test
    void ictalSegmentsAreRejectedAsArtifactAndFlaggedAsNotAssessable() throws IOException {
        ScreeningValidation.Result r = ScreeningValidation.run(chosen());
        int ictal = 0;
        for (ScreeningValidation.Outcome o : r.outcomes()) {
            if (!o.segment().ictal()) continue;
            ictal++;
            assertThat(shareOfSecondsBeyond(o.segment().samples(), 250)).as(o.segment().name()).isGreaterThanOrEqualTo(0.5);
            assertThat(o.rejectedBy()).as(o.segment().name()).isNotEmpty();
            assertThat(o.rejectedBy().get(0)).contains("µV");
            assertThat(o.triage()).isEqualTo(Triage.EXPEDITE);
            assertThat(o.screening().isAbnormal()).isTrue();
            assertThat(o.screening().findings()).extracting(f -> f.code()).containsExactly("not_assessable");
        }
        assertThat(ictal).isPositive();
    }

    private static double shareOfSecondsBeyond(double[] x, double limitUv) {
        int n = (int) BonnSegments.RATE_HZ, epochs = x.length / n, over = 0;
        for (int e = 0; e < epochs; e++) {
            double mean = 0, max = 0;
            for (int i = e * n; i < (e + 1) * n; i++) mean += x[i] / n;
            for (int i = e * n; i < (e + 1) * n; i++) max = Math.max(max, Math.abs(x[i] - mean));
            if (max > limitUv) over++;
        }
        return (double) over / epochs;
    }
}
