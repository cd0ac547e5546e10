package io.braingobrrr.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.braingobrrr.analysis.quality.QualityReport.ArtifactKind;
import io.braingobrrr.analysis.quality.QualityReport.ArtifactSegment;
import io.braingobrrr.analysis.quality.QualityReport.ChannelQuality;
import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.analysis.testing.PlantedEeg;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.SignalSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planted defects on synthetic EEG written to a real EDF file and read back: the truth is known. */
class QualityControlTest {
    static final double LIMIT = 1000;
    @TempDir
    static Path dir;
    static QualityReport report;

    @BeforeAll
    static void plantAndAnalyse() throws Exception {
        PlantedEeg eeg = new PlantedEeg(19, 256, 300, 11);
        eeg.flat("C3", 12.3);
        eeg.railed("P8", 80, LIMIT);
        eeg.gaussian("T7", 60, 5);
        eeg.sine("Pz", 50, 25, 0, 300);
        eeg.muscle("F8", 8, 100, 104, 3);
        eeg.pop("C4", 150.3, 150, 0.3);
        eeg.sine("O1", 1, 400, 200, 202);
        eeg.blink("Fp1", 250.2, 160, 0.4);
        eeg.blink("Fp2", 250.2, 150, 0.4);
        Path edf = dir.resolve("planted.edf");
        EdfWriter.write(new ArraySource(eeg.labels, eeg.fs, LIMIT, eeg.x), edf);
        try (SignalSource src = EdfReader.open(edf)) {
            List<ChannelFeatures> f = new ArrayList<>();
            for (int s = 0; s < src.signals().size(); s++) f.add(ChannelScan.scan(src, s));
            report = new QualityControl(QualityParams.DEFAULT).evaluate(f, src.durationSeconds());
        }
    }

    private static ChannelQuality channel(String label) {
        return report.channels().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<ArtifactSegment> of(ArtifactKind k) {
        return report.artifacts().stream().filter(a -> a.kind() == k).toList();
    }

    @Test
    void exactlyThePlantedChannelsAreBadWithTheirReasons() {
        assertThat(report.badChannels()).containsExactlyInAnyOrder("C3", "P8", "T7", "Pz");
        assertThat(channel("C3").flat()).isTrue();
        assertThat(channel("C3").reasons()).anyMatch(r -> r.startsWith("flat"));
        assertThat(channel("P8").railed()).isTrue();
        assertThat(channel("T7").noisy()).isTrue();
        assertThat(channel("T7").reasons()).anyMatch(r -> r.contains("median channel"));
        assertThat(channel("Pz").lineNoiseShare()).isGreaterThan(0.5);
        assertThat(channel("Pz").lineFrequencyHz()).isEqualTo(50.0);
        assertThat(channel("Pz").noisy()).isFalse();
        // the synthetic generator's own hum is 0.5-2 µV: a small share on clean channels
        assertThat(channel("Cz").lineNoiseShare()).isLessThan(0.1);
        assertThat(channel("Cz").bad()).isFalse();
        assertThat(channel("Cz").medianRmsUv()).isBetween(3.0, 30.0);
    }

    @Test
    void plantedArtifactsAreFoundWhereTheyWereAndNowhereElse() {
        assertThat(of(ArtifactKind.MUSCLE)).singleElement().satisfies(a -> {
            assertThat(a.onsetS()).isBetween(99.0, 100.0);
            assertThat(a.onsetS() + a.durationS()).isBetween(104.0, 105.0);
            assertThat(a.channels()).containsExactly("F8");
        });
        assertThat(of(ArtifactKind.ELECTRODE_POP)).singleElement().satisfies(a -> {
            assertThat(a.onsetS()).isEqualTo(150.0);
            assertThat(a.channels()).containsExactly("C4");
        });
        assertThat(of(ArtifactKind.AMPLITUDE)).singleElement().satisfies(a -> {
            assertThat(a.onsetS()).isBetween(199.0, 200.0);
            assertThat(a.onsetS() + a.durationS()).isBetween(202.0, 203.0);
            assertThat(a.channels()).containsExactly("O1");
        });
        // the planted blink, and the generator's own blinks: only ever on frontopolar channels
        assertThat(of(ArtifactKind.BLINK)).anySatisfy(a -> assertThat(a.onsetS()).isBetween(249.0, 250.5));
        assertThat(of(ArtifactKind.BLINK)).allSatisfy(a -> assertThat(a.channels()).isSubsetOf("Fp1", "Fp2"));
    }

    @Test
    void sharesUsablePercentAndGradeFollowFromTheSegments() {
        double muscleSeconds = of(ArtifactKind.MUSCLE).stream().mapToDouble(ArtifactSegment::durationS).sum();
        assertThat(report.artifactShare().get("muscle")).isEqualTo(muscleSeconds / 300);
        assertThat(report.usablePercent()).isEqualTo(100 * (1 - report.anyArtifactShare()));
        assertThat(report.usablePercent()).isBetween(50.0, 99.0);
        // 4 of 19 channels bad (21 %) caps the grade at FAIR
        assertThat(report.grade()).isIn(QualityReport.Grade.FAIR, QualityReport.Grade.POOR);
        assertThat(report.provenance().algorithm()).isEqualTo("brrr.quality");
        assertThat(report.provenance().parameters()).containsEntry("amplitude_uv", 250.0);
    }
}
