package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.events.ChunkedDetection;
import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.EventDetector;
import io.braingobrrr.analysis.events.EventKind;
import io.braingobrrr.analysis.events.KComplexDetector;
import io.braingobrrr.analysis.events.RemDetector;
import io.braingobrrr.analysis.events.SeizureDetector;
import io.braingobrrr.analysis.events.SpikeDetector;
import io.braingobrrr.analysis.events.SpindleDetector;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.quality.QualityReport;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalKind;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** `brrr detect KIND FILE`: transient events of one kind; the detectors live in analysis.events. */
@Command(name = "detect", description = "Detect events of one KIND (spindles, kcomplexes, rems, spikes, seizures, artifacts).")
final class DetectCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "KIND", description = "spindles, kcomplexes, rems, spikes, seizures or artifacts.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--channel", paramLabel = "LABEL", description = "Signal to analyse (default: a central EEG against "
            + "ear/mastoid, else the first EEG; for rems the EOG pair LOC/ROC). Not used by artifacts (all channels).")
    String channel;

    /** @param subtype the artifact's type (amplitude, muscle, electrode_pop, blink); null for other kinds */
    record Event(double onsetS, double durationS, String channel, String kind, double confidence, String subtype) {
    }

    record Document(List<Event> events, AlgorithmInfo algorithm) {
    }

    /** Chunks keep the heap flat on long recordings (see ChunkedDetection). */
    private static final double CHUNK_S = 300, MARGIN_S = 10;

    @Override
    protected int execute() throws Exception {
        EventKind k = EventKind.ofCliName(kind);
        if (k == null) {
            throw new BadInputException("unknown KIND '" + kind + "' (one of: "
                    + Arrays.stream(EventKind.values()).map(EventKind::cliName).collect(Collectors.joining(", ")) + ")");
        }
        Document doc;
        try (SignalSource s = RecordingReader.open(inputFile(file))) {
            try {
                doc = switch (k) {
                    case ARTIFACT -> artifacts(s);
                    case REM -> rems(s);
                    default -> singleChannel(s, k);
                };
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage().replace("--eeg", "--channel"));
            }
        }
        if (json()) {
            printJson(doc);
        } else {
            out().printf("%d %s (%s %s)%n", doc.events().size(), k.cliName(), doc.algorithm().name(), doc.algorithm().version());
            for (Event e : doc.events()) {
                out().printf(Locale.ROOT, "%10.2f s  %6.2f s  %-12s confidence %.2f%n", e.onsetS(), e.durationS(), e.channel(), e.confidence());
            }
        }
        return Cli.OK;
    }

    private Document singleChannel(SignalSource s, EventKind k) {
        EventDetector d = switch (k) {
            case SPINDLE -> new SpindleDetector(SpindleDetector.Parameters.defaults());
            case K_COMPLEX -> KComplexDetector.standard();
            case SPIKE -> new SpikeDetector(SpikeDetector.Parameters.defaults());
            case SEIZURE -> new SeizureDetector(SeizureDetector.Parameters.defaults());
            default -> throw new IllegalStateException(k.name());
        };
        int i = SleepStager.choose(s, channel, null, null).eeg();
        double chunk = k == EventKind.SEIZURE ? 2 * CHUNK_S : CHUNK_S, margin = k == EventKind.SEIZURE ? 3 * MARGIN_S : MARGIN_S;
        String label = s.signals().get(i).label();
        List<DetectedEvent> found;
        try {
            found = ChunkedDetection.run(s, i, d, chunk, margin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
        }
        return new Document(found.stream().map(DetectCommand::event).toList(), d.info());
    }

    /** The EOG pair when there are two EOG channels (or --channel names one of them alone). */
    private Document rems(SignalSource s) {
        RemDetector d = new RemDetector(RemDetector.Parameters.defaults());
        List<Integer> eog = new ArrayList<>();
        if (channel != null) {
            eog.add(SleepStager.choose(s, channel, null, null).eeg());
        } else {
            for (int i = 0; i < s.signals().size() && eog.size() < 2; i++) {
                if (s.signals().get(i).kind() == SignalKind.EOG) eog.add(i);
            }
        }
        if (eog.isEmpty()) throw new IllegalArgumentException("no EOG channel found for rems; name one with --channel");
        double[] a = whole(s, eog.get(0));
        double fs = s.signals().get(eog.get(0)).sampleRateHz();
        List<DetectedEvent> found;
        if (eog.size() == 2 && s.signals().get(eog.get(1)).sampleRateHz() == fs) {
            String pair = s.signals().get(eog.get(0)).label() + "," + s.signals().get(eog.get(1)).label();
            found = d.detect(a, whole(s, eog.get(1)), fs, pair);
        } else {
            found = d.detect(a, fs, s.signals().get(eog.get(0)).label());
        }
        int first = eog.get(0);
        return new Document(found.stream().map(e -> new Event(s.timeOfSample(first, Math.round(e.onsetSeconds() * fs)),
                e.durationSeconds(), e.channel(), e.kind().jsonName(), e.confidence(), null)).toList(), d.info());
    }

    private static double[] whole(SignalSource s, int i) {
        long n = s.sampleCount(i);
        if (n > 50_000_000) throw new IllegalArgumentException(s.signals().get(i).label() + ": " + n + " samples, too long for REM detection in one piece");
        double[] x = new double[(int) n];
        s.readPhysical(i, 0, x, 0, x.length);
        return x;
    }

    private static Document artifacts(SignalSource s) {
        QualityReport q = AnalysisRunner.withDefaults().run(s, AnalysisType.QUICK).quality();
        List<Event> events = q.artifacts().stream().map(a -> new Event(a.onsetS(), a.durationS(), String.join(",", a.channels()),
                EventKind.ARTIFACT.jsonName(), 1.0, a.kind().key())).toList();
        return new Document(events, new AlgorithmInfo(q.provenance().algorithm(), q.provenance().version(), q.provenance().parameters()));
    }

    private static Event event(DetectedEvent e) {
        return new Event(e.onsetSeconds(), e.durationSeconds(), e.channel(), e.kind().jsonName(), e.confidence(), null);
    }
}
