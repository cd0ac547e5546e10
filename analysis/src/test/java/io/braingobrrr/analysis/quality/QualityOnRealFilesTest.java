package io.braingobrrr.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.braingobrrr.core.testing.SharedData;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Quality control on every shared recording: consistent reports, and known facts of two real files. */
class QualityOnRealFilesTest {
    static Stream<String> files() {
        return SharedData.allEdfAndBdf().stream();
    }

    static QualityReport analyse(String file) throws Exception {
        try (SignalSource src = RecordingReader.open(SharedData.data(file))) {
            List<ChannelFeatures> f = new ArrayList<>();
            for (int s = 0; s < src.signals().size(); s++) f.add(ChannelScan.scan(src, s));
            return new QualityControl(QualityParams.DEFAULT).evaluate(f, src.durationSeconds());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileGetsAConsistentReport(String file) throws Exception {
        QualityReport r = analyse(file);
        if (r.usablePercent() != null) assertThat(r.usablePercent()).isBetween(0.0, 100.0);
        assertThat(r.grade() == null).isEqualTo(r.usablePercent() == null);
        assertThat(r.anyArtifactShare()).isBetween(0.0, 1.0);
        r.artifactShare().values().forEach(v -> assertThat(v).isBetween(0.0, r.anyArtifactShare()));
        for (QualityReport.ChannelQuality c : r.channels()) {
            assertThat(c.bad()).isEqualTo(!c.reasons().isEmpty());
            if (c.bad()) assertThat(r.badChannels()).contains(c.label());
        }
        for (QualityReport.ArtifactSegment a : r.artifacts()) {
            assertThat(a.durationS()).isPositive();
            assertThat(a.channels()).isNotEmpty();
        }
        System.out.printf("QC %-70s grade %-9s usable %5.1f%% bad %s %s %s%n", file, r.grade(), r.usablePercent(), r.badChannels(), r.artifactShare(),
                r.channels().stream().limit(3).map(c -> c.label() + " rms=" + c.medianRmsUv()).toList());
    }

    @Test
    void motorImageryRecordingShowsEyeArtifactsInFrontAndLittleMains() throws Exception {
        // PhysioNet eegmmidb: 64 ch, 160 Hz, a laboratory recording, eyes open during a task
        QualityReport r = analyse("eegmmidb/S001R03.edf");
        assertThat(r.channels()).hasSize(64);
        assertThat(r.badChannels().size()).isLessThanOrEqualTo(6);
        assertThat(r.artifacts()).filteredOn(a -> a.kind() == QualityReport.ArtifactKind.BLINK).isNotEmpty()
                .allSatisfy(a -> assertThat(a.channels()).allMatch(c -> c.startsWith("Fp") || c.startsWith("Af")));
        assertThat(r.channels()).allSatisfy(c -> assertThat(c.lineNoiseShare()).isLessThan(0.05));
    }

    @Test
    void nihonKohdenExportWithHeavyMainsIsFlaggedPerChannel() throws Exception {
        // MB0400FU: 50 Hz dominates several of its EEG channels (visible in its spectrum)
        QualityReport r = analyse("format/mne-testing-data/MB0400FU.EDF");
        assertThat(r.channels()).filteredOn(c -> c.label().equals("EEG F4-Ref")).singleElement()
                .satisfies(c -> assertThat(c.reasons()).anyMatch(x -> x.startsWith("mains 50 Hz")));
        assertThat(r.grade()).isEqualTo(QualityReport.Grade.POOR);
    }

    @Test
    void recordsWithoutEegGetNoGradeRatherThanAPoorOne() throws Exception {
        QualityReport r = analyse("format/pyedflib/test_generator.bdf");
        assertThat(r.channels()).noneMatch(QualityReport.ChannelQuality::assessed);
        assertThat(r.usablePercent()).isNull();
        assertThat(r.grade()).isNull();
        assertThat(r.badChannels()).isEmpty();
    }
}
