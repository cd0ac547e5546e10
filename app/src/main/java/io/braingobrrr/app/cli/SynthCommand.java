package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.Numbers;
import io.braingobrrr.core.edf.EdfWriter;
import io.braingobrrr.core.synth.SyntheticRecordingWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "synth", description = {"Write a synthetic, EEG-like recording (1/f background, posterior alpha,",
        "blinks, line noise; 10-20 labels) for demos and load tests. The same seed gives the same file."})
final class SynthCommand extends SubcommandBase {
    @Option(names = "--hours", required = true, paramLabel = "H", description = "Length in hours (fractions allowed: 0.01 = 36 s).")
    double hours;

    @Option(names = "--channels", paramLabel = "N", description = "EEG channels with 10-20/10-10 labels (default: 19).")
    int channels = 19;

    @Option(names = "--rate", paramLabel = "R", description = "Samples per second and channel, a whole number (default: 256).")
    int rate = 256;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .edf (EDF+) or .bdf (BDF+).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 42).")
    long seed = SyntheticRecordingWriter.DEFAULT_SEED;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    record Document(String written, int signals, double sampleRateHz, double durationS, long bytes) {
    }

    @Override
    protected int execute() throws Exception {
        outputFile(out, force);
        EdfWriter.Result r;
        try {
            r = SyntheticRecordingWriter.write(out, hours, channels, rate, seed, SyntheticRecordingWriter.DEFAULT_START);
        } catch (IllegalArgumentException e) {
            // The writer checks hours, channels, rate and the extension, naming the one that is wrong.
            throw new BadInputException(e.getMessage());
        }
        long bytes = Files.size(r.path());
        if (json()) {
            printJson(new Document(r.path().toString(), r.signals(), rate, r.durationSeconds(), bytes));
        } else {
            out().println("Wrote " + r.path() + " (" + r.signals() + " channels x " + rate + " Hz, "
                    + Numbers.seconds(r.durationSeconds()) + " s, " + bytes + " bytes)");
        }
        return Cli.OK;
    }
}
