package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.EventDetector;
import io.braingobrrr.analysis.events.EventKind;
import io.braingobrrr.analysis.events.KComplexDetector;
import io.braingobrrr.analysis.events.SpindleDetector;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** `brrr detect KIND FILE`: transient events on one channel. Only kinds with a validated detector run. */
@Command(name = "detect", description = "Detect events of one KIND (spindles, kcomplexes, rems, spikes, seizures, artifacts) on one channel.")
final class DetectCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "KIND", description = "spindles, kcomplexes, rems, spikes, seizures or artifacts.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--channel", paramLabel = "LABEL", description = "Signal to analyse (default: a central EEG against ear/mastoid, else the first EEG).")
    String channel;

    record Event(double onsetS, double durationS, String channel, String kind, double confidence) {
    }

    record Document(List<Event> events, AlgorithmInfo algorithm) {
    }

    @Override
    protected int execute() throws Exception {
        EventKind k = EventKind.ofCliName(kind);
        if (k == null) {
            throw new BadInputException("unknown KIND '" + kind + "' (one of: "
                    + Arrays.stream(EventKind.values()).map(EventKind::cliName).collect(Collectors.joining(", ")) + ")");
        }
        if (k != EventKind.SPINDLE && k != EventKind.K_COMPLEX) {
            throw new BadInputException("detect " + k.cliName() + ": not implemented yet (available: spindles, kcomplexes); no result is made up");
        }
        EventDetector d = k == EventKind.SPINDLE ? new SpindleDetector(SpindleDetector.Parameters.defaults())
                : KComplexDetector.standard();
        List<DetectedEvent> events;
        String label;
        try (SignalSource s = RecordingReader.open(inputFile(file))) {
            int i;
            try {
                i = SleepStager.choose(s, channel, null, null).eeg();
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage().replace("--eeg", "--channel"));
            }
            final int sig = i;
            label = s.signals().get(i).label();
            double[] x = new double[(int) Math.min(Integer.MAX_VALUE, s.sampleCount(i))];
            s.readPhysical(i, 0, x, 0, x.length);
            double fs = s.signals().get(i).sampleRateHz();
            try {
                events = d.detect(x, fs, label).stream()
                        .map(e -> new DetectedEvent(new io.braingobrrr.analysis.events.Interval(
                                s.timeOfSample(sig, Math.round(e.onsetSeconds() * fs)), e.durationSeconds()), label, e.kind(), e.confidence()))
                        .toList();
            } catch (IllegalArgumentException e) {
                throw new BadInputException(label + ": " + e.getMessage());
            }
        }
        if (json()) {
            printJson(new Document(events.stream().map(e -> new Event(e.onsetSeconds(), e.durationSeconds(), e.channel(),
                    e.kind().jsonName(), e.confidence())).toList(), d.info()));
        } else {
            out().printf("%d %s on %s (%s %s)%n", events.size(), k.cliName(), label, d.info().name(), d.info().version());
            for (DetectedEvent e : events) {
                out().printf(java.util.Locale.ROOT, "%10.2f s  %5.2f s  confidence %.2f%n", e.onsetSeconds(), e.durationSeconds(), e.confidence());
            }
        }
        return Cli.OK;
    }
}
