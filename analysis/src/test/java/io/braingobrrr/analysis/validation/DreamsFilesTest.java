package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.Interval;
import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.braingobrrr.analysis.sleep.SleepStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DreamsFilesTest {
    @TempDir
    Path tmp;

    @Test
    void realExcerptSignalAndScorings() throws IOException {
        // Figures from the data's MANIFEST: 180000 values at 100 Hz, range -327.8..328.0; 52 and 115 events.
        DreamsFiles.Signal s = DreamsFiles.readSignal(SharedData.data("sleep/dreams/spindles/excerpt1.txt"),
                DreamsFiles.spindleExcerptRateHz(1));
        assertThat(s.channel()).isEqualTo("C3-A1");
        assertThat(s.samples()).hasSize(180_000);
        assertThat(s.durationSeconds()).isCloseTo(1800, within(1e-9));
        assertThat(s.samples()[0]).isEqualTo(-0.9562);
        List<Interval> e1 = DreamsFiles.readScoring(SharedData.data("sleep/dreams/spindles/Visual_scoring1_excerpt1.txt"));
        assertThat(e1).hasSize(52).first().isEqualTo(new Interval(282.24, 0.72));
        assertThat(DreamsFiles.readScoring(SharedData.data("sleep/dreams/spindles/Visual_scoring2_excerpt1.txt"))).hasSize(115);
    }

    @Test
    void crlfKComplexScoringReads() throws IOException {
        List<Interval> k = DreamsFiles.readScoring(SharedData.data("sleep/dreams/kcomplexes/Visual_scoring1_excerpt1.txt"));
        assertThat(k.get(0)).isEqualTo(new Interval(50.4113, 0.6544));
    }

    @Test
    void realHypnogramCountsMatchTheManifest() throws IOException {
        // MANIFEST: excerpt 1 has 5 s codes S2:220, S3:68, W:56, S1:12, S4:4 (360 values).
        int[] codes = DreamsFiles.readHypnogramCodes(SharedData.data("sleep/dreams/spindles/Hypnogram_excerpt1.txt"));
        assertThat(codes).hasSize(360);
        assertThat(java.util.Arrays.stream(codes).filter(c -> c == 2).count()).isEqualTo(220);
        assertThat(DreamsFiles.readHypnogram30s(SharedData.data("sleep/dreams/spindles/Hypnogram_excerpt1.txt"))).hasSize(60);
    }

    @Test
    void majorityOfSixCodesWithS3AndS4PooledAndTiesUnscored() {
        int[] codes = {
                2, 2, 2, 2, 3, 3,     // N2 by 4 of 6
                1, 0, 0, 2, 2, 2,     // S3+S4 = 3 vs S2 = 3: tie -> null
                1, 0, 0, 1, 2, 5,     // N3 by 4
                -1, -1, -1, -1, 5, 5, // movement wins -> null
                5, 5, 5};             // partial epoch dropped
        assertThat(DreamsFiles.epochsFrom5sCodes(codes)).containsExactly(N2, null, N3, null);
    }

    @Test
    void brokenFilesNameTheProblem() throws IOException {
        Path noHeader = write("a.txt", "1.0\n2.0\n");
        assertThatThrownBy(() -> DreamsFiles.readSignal(noHeader, 100)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("[header]");
        Path badNumber = write("b.txt", "[C3-A1]\n1.0\nabc\n");
        assertThatThrownBy(() -> DreamsFiles.readSignal(badNumber, 100)).hasMessageContaining("line 3").hasMessageContaining("abc");
        Path empty = write("c.txt", "[C3-A1]\n\n");
        assertThatThrownBy(() -> DreamsFiles.readSignal(empty, 100)).hasMessageContaining("no samples");
        Path badCode = write("d.txt", "[Hypnogram]\n5\n7\n");
        assertThatThrownBy(() -> DreamsFiles.readHypnogramCodes(badCode)).hasMessageContaining("line 3").hasMessageContaining("hypnogram code");
        Path oneColumn = write("e.txt", "[vis1_Spindles/C3-A1]\n 12.5\n");
        assertThatThrownBy(() -> DreamsFiles.readScoring(oneColumn)).hasMessageContaining("expected 'onset duration'");
        Path negative = write("f.txt", "[vis1_Spindles/C3-A1]\n 12.5\t-1\n");
        assertThatThrownBy(() -> DreamsFiles.readScoring(negative)).hasMessageContaining("non-positive duration");
        Path emptyFile = write("g.txt", "");
        assertThatThrownBy(() -> DreamsFiles.readScoring(emptyFile)).isInstanceOf(DataFormatException.class);
        assertThatThrownBy(() -> DreamsFiles.spindleExcerptRateHz(9)).hasMessageContaining("1..8");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }
}
