package io.braingobrrr.app.cli;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.session.DeviceChoice;
import io.braingobrrr.acquisition.session.HeadlessRecording;
import io.braingobrrr.acquisition.session.SessionOptions;
import io.braingobrrr.acquisition.session.SessionSummary;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.Patient;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

@Command(name = "record", description = {"Record from an amplifier into the database without a screen, for a fixed time;",
        "optionally export the finished recording (--out .edf = EDF+, .bdf = BDF+)."})
final class RecordCommand extends SubcommandBase {
    @Option(names = "--device", required = true, paramLabel = "KIND", description = "simulated, cyton, cyton-daisy or playback.")
    String device;

    @Option(names = "--port", paramLabel = "PATH", description = "Serial port of the Cyton dongle (any path, e.g. a pty).")
    String port;

    @Option(names = "--source", paramLabel = "FILE", description = "EDF/BDF file to play back (--device playback).")
    Path source;

    @Option(names = "--duration", required = true, paramLabel = "S", description = "Seconds to record.")
    double duration;

    @Option(names = "--out", paramLabel = "FILE", description = "Export the recording to this .edf or .bdf file.")
    Path out;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Option(names = "--channels", paramLabel = "N", description = "Channels of the simulated amplifier, 1..64 (default: 19).")
    int channels = 19;

    @Option(names = "--rate", paramLabel = "R", description = "Sample rate of the simulated amplifier, up to 1000 Hz (default: 256).")
    double rate = 256;

    @Option(names = "--speed", paramLabel = "X", description = "Playback speed, 1 = real time (default: 1).")
    double speed = 1;

    @Option(names = "--patient", paramLabel = "MRN", description = "The patient (by MRN, already in the database) the recording belongs to.")
    String patient;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the simulated amplifier (default: 42).")
    long seed = 42;

    @Option(names = "--sleep", description = "Simulated amplifier: add sleep-like patterns (spindles, K-complexes, slow waves, REM eye movements).")
    boolean sleep;

    record GapDocument(double onsetS, double durationS) {
    }

    record Document(long recordingId, int channels, double sampleRateHz, long samples, long droppedSamples,
                    List<GapDocument> gaps, int reconnects, String file, String alarm) {
    }

    @Override
    protected int execute() throws Exception {
        if (!(duration > 0)) throw new BadInputException("--duration must be > 0 seconds, not " + duration);
        if (out != null) {
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".edf") && !name.endsWith(".bdf")) throw new BadInputException("--out must end in .edf or .bdf: " + out);
            outputFile(out, force);
        }
        if (source != null) inputFile(source);
        Device dev;
        try {
            dev = DeviceChoice.parse(device).create(port, source, channels, rate, speed, seed, sleep);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Database db = database();
        SessionOptions options = SessionOptions.defaults();
        if (patient != null) {
            Patient p = new PatientStore(db).findByMrn(patient)
                    .orElseThrow(() -> new BadInputException("--patient " + patient + ": no patient with this MRN in " + db.file()));
            options = options.withPatient(p);
        }
        HeadlessRecording.Result r;
        try {
            r = HeadlessRecording.run(db, dev, options, duration, out);
        } catch (DeviceException e) {
            // The device named on the command line cannot be used: wrong port, switched off, not a recording.
            throw new BadInputException(e.getMessage());
        }
        SessionSummary s = r.summary();
        List<GapDocument> gaps = s.gaps().stream().map((Gap g) -> new GapDocument(g.onsetSeconds(), g.durationSeconds())).toList();
        String file = r.file() == null ? null : r.file().toString();
        if (json()) {
            printJson(new Document(s.recordingId(), s.channels(), s.sampleRateHz(), s.samples(), s.droppedSamples(), gaps,
                    s.reconnects(), file, s.alarm()));
        } else {
            out().println("Recorded " + s.samples() + " samples x " + s.channels() + " channels at " + s.sampleRateHz()
                    + " Hz as recording " + s.recordingId() + " in " + db.file() + "; dropped " + s.droppedSamples()
                    + ", gaps " + gaps.size() + (file == null ? "" : "; wrote " + file));
        }
        if (s.alarm() != null) throw new IllegalStateException(s.alarm());
        return Cli.OK;
    }
}
