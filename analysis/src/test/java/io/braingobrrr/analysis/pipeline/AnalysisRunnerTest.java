package io.braingobrrr.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.braingobrrr.analysis.screening.ScreeningResult;
import io.braingobrrr.analysis.screening.ScreeningResult.Triage;
import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.analysis.testing.PlantedEeg;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.recording.SignalSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on synthetic EEG written to EDF, with abnormalities planted by hand. */
class AnalysisRunnerTest {
    @TempDir
    Path dir;

    private AnalysisReport analyse(String name, Consumer<PlantedEeg> plant, AnalysisType type) throws Exception {
        PlantedEeg eeg = new PlantedEeg(19, 256, 120, 21);
        plant.accept(eeg);
        Path edf = dir.resolve(name + ".edf");
        EdfWriter.write(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x), edf);
        try (SignalSource src = EdfReader.open(edf)) {
            return new AnalysisRunner(2, io.braingobrrr.analysis.quality.QualityParams.DEFAULT).run(src, type);
        }
    }

    @Test
    void syntheticNormalEegIsRoutineWithItsAlphaAsPdr() throws Exception {
        AnalysisReport r = analyse("normal", e -> { }, AnalysisType.QUICK);
        ScreeningResult s = r.abnormality();
        assertThat(s.isAbnormal()).as("findings %s", s.findings()).isFalse();
        assertThat(s.triage()).isEqualTo(Triage.ROUTINE);
        assertThat(s.pdrHz()).isBetween(9.5, 10.5);           // the generator's alpha is drawn in 9.5..10.5 Hz
        assertThat(s.slowingIndex()).isLessThan(8);
        assertThat(s.asymmetry()).extracting(ScreeningResult.Asymmetry::left).contains("Fp1", "C3", "O1");
        assertThat(s.note()).contains("does not diagnose");
        assertThat(r.quality().channels()).hasSize(19);
        assertThat(r.spectral().channels().get(0).psd()).isNull();
        assertThat(r.sleep()).isNull();
        assertThat(r.events()).isNull();
        assertThat(r.versions()).containsKeys("brrr.quality", "brrr.spectral", "brrr.screening");
        assertThat(r.processingTimeS()).isPositive();
    }

    @Test
    void aClipShorterThanOneEpochGetsEverythingButSleepWithTheReasonNoted() throws Exception {
        PlantedEeg eeg = new PlantedEeg(19, 256, 20, 5);
        Path edf = dir.resolve("clip.edf");
        EdfWriter.write(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x), edf);
        AnalysisReport r;
        try (SignalSource src = EdfReader.open(edf)) {
            r = new AnalysisRunner(2, io.braingobrrr.analysis.quality.QualityParams.DEFAULT).run(src, AnalysisType.STANDARD);
        }
        assertThat(r.sleep()).isNull();
        assertThat(r.quality().channels()).hasSize(19);
        assertThat(r.abnormality().triage()).isNotNull();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("sleep:").contains("20.0 s").contains("shorter than one 30 s epoch"));
    }

    @Test
    void eegThatQualityControlRejectsEntirelyIsFlaggedForReviewNotCalledRoutine() throws Exception {
        AnalysisReport r = analyse("railed", e -> {
            for (double[] ch : e.x) for (int i = 0; i < ch.length; i++) ch[i] *= 40;     // every channel far beyond ±250 µV
        }, AnalysisType.QUICK);
        assertThat(r.quality().badChannels()).hasSize(19);
        ScreeningResult s = r.abnormality();
        assertThat(s.triage()).isEqualTo(Triage.EXPEDITE);
        assertThat(s.isAbnormal()).isTrue();
        assertThat(s.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("not_assessable");
            assertThat(f.text()).contains("19 of 19 rejected");
        });
    }

    private AnalysisReport analyseClip(String name, int seconds, Consumer<PlantedEeg> plant) throws Exception {
        PlantedEeg eeg = new PlantedEeg(19, 256, seconds, 31);
        plant.accept(eeg);
        Path edf = dir.resolve(name + ".edf");
        EdfWriter.write(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x), edf);
        try (SignalSource src = EdfReader.open(edf)) {
            return new AnalysisRunner(2, io.braingobrrr.analysis.quality.QualityParams.DEFAULT).run(src, AnalysisType.COMPREHENSIVE);
        }
    }

    @Test
    void aDetectedSeizureMakesTheRecordUrgentAndSaysWhereItIs() throws Exception {
        List<String> focus = List.of("F3", "C3", "P3", "F7");
        AnalysisReport r = analyse("seizure", e -> focus.forEach(ch -> e.spikeWave(ch, 200, 50, 90)), AnalysisType.COMPREHENSIVE);
        EventsSection ev = (EventsSection) r.events();
        assertThat(ev.counts().get("seizure")).as("events %s", ev.counts()).isPositive();
        ScreeningResult s = r.abnormality();
        assertThat(s.triage()).isEqualTo(Triage.URGENT);
        assertThat(s.findings()).filteredOn(f -> f.code().equals("seizure")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(2);
            assertThat(f.text()).startsWith("1 possible seizure detected").containsPattern("first at (4[6-9]|5[0-4]) s");
            assertThat(focus).anySatisfy(ch -> assertThat(f.text()).contains(ch));
        });
        assertThat(s.provenance().parameters()).containsEntry("seizure", "finding seizure, urgent");
    }

    @Test
    void oneDischargeInAShortClipIsExpeditedButNotCalledARate() throws Exception {
        AnalysisReport r = analyseClip("one-spike", 20, e -> e.labels.forEach(ch -> e.spike(ch, 10, 0.06, -400)));
        ScreeningResult s = r.abnormality();
        assertThat(s.epileptiformPerMinute()).isEqualTo(3.0);     // 1 discharge in 20 s
        assertThat(s.findings()).filteredOn(f -> f.code().equals("epileptiform")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(1);
            assertThat(f.text()).startsWith("1 possible epileptiform discharge in 0.3 min").contains("too few to call a rate");
        });
        assertThat(s.triage()).isEqualTo(Triage.EXPEDITE);
    }

    @Test
    void threeDischargesInAShortClipAreARateAndUrgent() throws Exception {
        AnalysisReport r = analyseClip("three-spikes", 20, e -> {
            for (double t : new double[]{5, 10, 15}) e.labels.forEach(ch -> e.spike(ch, t, 0.06, -400));
        });
        ScreeningResult s = r.abnormality();
        assertThat(s.epileptiformPerMinute()).isEqualTo(9.0);
        assertThat(s.findings()).filteredOn(f -> f.code().equals("epileptiform")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(2));
        assertThat(s.triage()).isEqualTo(Triage.URGENT);
    }

    @Test
    void aSlowPosteriorRhythmIsExpedited() throws Exception {
        AnalysisReport r = analyse("slow", e -> {
            for (String ch : List.of("O1", "O2", "P3", "P4", "Pz")) e.sine(ch, 6.5, 20, 0, 120);
        }, AnalysisType.COMPREHENSIVE);
        ScreeningResult s = r.abnormality();
        assertThat(s.pdrHz()).isBetween(6.3, 6.7);
        assertThat(s.isAbnormal()).isTrue();
        assertThat(s.triage()).isEqualTo(Triage.EXPEDITE);
        assertThat(s.findings()).extracting(ScreeningResult.Finding::code).contains("slow_pdr");
        assertThat(r.spectral().channels().get(0).psd()).isNotNull();
    }

    @Test
    void aMarkedAsymmetryIsUrgentAndNamesTheWeakerSide() throws Exception {
        AnalysisReport r = analyse("asym", e -> {
            double[] c4 = e.x[e.index("C4")];
            for (int i = 0; i < c4.length; i++) c4[i] *= 0.2;
        }, AnalysisType.QUICK);
        ScreeningResult s = r.abnormality();
        assertThat(s.asymmetry()).filteredOn(a -> a.left().equals("C3")).singleElement()
                .satisfies(a -> assertThat(a.index()).isGreaterThan(0.9));
        assertThat(s.triage()).isEqualTo(Triage.URGENT);
        assertThat(s.findings()).anySatisfy(f -> assertThat(f.text()).contains("C4 has"));
    }

    @Test
    void diffuseSlowingRaisesTheSlowingIndex() throws Exception {
        AnalysisReport r = analyse("delta", e -> {
            for (String ch : e.labels) e.sine(ch, 2, 60, 0, 120);
        }, AnalysisType.QUICK);
        assertThat(r.abnormality().slowingIndex()).isGreaterThan(8);
        assertThat(r.abnormality().findings()).extracting(ScreeningResult.Finding::code).contains("diffuse_slowing");
    }

    @Test
    void progressRisesToOneAndCancelStopsTheRun() throws Exception {
        PlantedEeg eeg = new PlantedEeg(4, 128, 30, 1);
        Path edf = dir.resolve("p.edf");
        EdfWriter.write(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x), edf);
        try (SignalSource src = EdfReader.open(edf)) {
            List<Double> seen = new ArrayList<>();
            AnalysisRunner runner = new AnalysisRunner(1, io.braingobrrr.analysis.quality.QualityParams.DEFAULT);
            runner.run(src, AnalysisType.QUICK, (f, stage) -> seen.add(f), new AtomicBoolean());
            assertThat(seen).isSorted().startsWith(0.0).endsWith(1.0);
            assertThatThrownBy(() -> runner.run(src, AnalysisType.QUICK, (f, s) -> { }, new AtomicBoolean(true)))
                    .isInstanceOf(CancellationException.class);
        }
        assertThatThrownBy(() -> AnalysisType.parse("custom")).hasMessageContaining("quick, standard, comprehensive");
    }
}
