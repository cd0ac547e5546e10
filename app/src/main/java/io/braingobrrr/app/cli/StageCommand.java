package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.analysis.sleep.SleepStatistics;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** `brrr stage FILE`: 30 s sleep stages with confidence and AASM statistics. */
@Command(name = "stage", description = "Sleep staging in 30 s epochs (W, N1, N2, N3, R) with confidence and AASM statistics.")
final class StageCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE", description = "EDF/EDF+/BDF/GDF recording with at least one EEG channel.")
    Path file;

    @Option(names = "--eeg", paramLabel = "LABEL", description = "EEG signal to stage from (default: a central EEG against ear/mastoid, else the first EEG).")
    String eeg;

    @Option(names = "--eog", paramLabel = "LABEL", description = "EOG signal (default: the first two EOG at >= 20 Hz, used as a LOC/ROC pair; a named EOG is used alone).")
    String eog;

    @Option(names = "--emg", paramLabel = "LABEL", description = "Chin EMG signal (default: the first EMG at >= 20 Hz).")
    String emg;

    record Epoch(double onsetS, String stage, double confidence) {
    }

    record Channels(String eeg, String eog, String emg) {
    }

    record Document(List<Epoch> epochs, SleepStatistics stats, Channels channels, AlgorithmInfo algorithm) {
    }

    @Override
    protected int execute() throws Exception {
        SleepStager.Result r;
        try (SignalSource s = RecordingReader.open(inputFile(file))) {
            r = run(s, eeg, eog, emg);
        }
        if (json()) {
            printJson(new Document(r.epochs().stream().map(e -> new Epoch(e.onsetSeconds(), e.stage().name(), e.confidence())).toList(),
                    r.stats(), new Channels(r.eeg(), r.eog(), r.emg()), r.algorithm()));
            return Cli.OK;
        }
        SleepStatistics st = r.stats();
        out().printf("%s: %d epochs of 30 s staged from %s (%s %s)%n", file.getFileName(), r.epochs().size(), r.eeg(),
                r.algorithm().name(), r.algorithm().version());
        out().printf("hypnogram  %s%n", r.stages().stream().map(SleepStatCode::code).collect(Collectors.joining()));
        out().printf("TIB %.1f min, SPT %.1f, TST %.1f, SE %.1f %%, SOL %s, WASO %.1f, REM latency %s, awakenings %d%n",
                st.tibMin(), st.sptMin(), st.tstMin(), st.sePct(), minutes(st.solMin()), st.wasoMin(), minutes(st.remLatencyMin()), st.awakenings());
        out().printf("of TST: N1 %.1f %%, N2 %.1f %%, N3 %.1f %%, R %.1f %%%n", st.pctN1(), st.pctN2(), st.pctN3(), st.pctR());
        return Cli.OK;
    }

    static SleepStager.Result run(SignalSource s, String eeg, String eog, String emg) throws BadInputException {
        SleepStager.Channels c;
        try {
            c = SleepStager.choose(s, eeg, eog, emg);
            return SleepStager.standard().stage(s, c);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String minutes(Double m) {
        return m == null ? "none" : String.format(java.util.Locale.ROOT, "%.1f min", m);
    }

    /** One character per epoch for the text hypnogram. */
    private static final class SleepStatCode {
        static String code(SleepStage s) {
            return switch (s) {
                case W -> "W";
                case N1 -> "1";
                case N2 -> "2";
                case N3 -> "3";
                case R -> "R";
            };
        }
    }
}
