package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.Numbers;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.edf.EdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

@Command(name = "convert", description = {"Convert between EDF and BDF by the output's extension, annotations kept.",
        "OUT.edf gives EDF+ (16-bit), OUT.bdf gives BDF+ (24-bit); EDF+D/BDF+D when the input has gaps."})
final class ConvertCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Option(names = "--force", description = "Overwrite OUT if it exists.")
    boolean force;

    record Document(String written, String format, int signals, double durationS, List<String> warnings) {
    }

    @Override
    protected int execute() throws Exception {
        inputFile(in);
        requireEdfOrBdf(out);
        outputFile(out, force);
        if (Files.exists(out) && Files.isSameFile(in, out)) {
            throw new BadInputException("IN and OUT are the same file: " + out);
        }
        EdfWriter.Result r;
        try (EdfRecording recording = EdfReader.open(in)) {
            r = EdfWriter.write(recording, out);
        }
        if (json()) {
            printJson(new Document(r.path().toString(), r.format().label(), r.signals(), r.durationSeconds(), r.warnings()));
        } else {
            out().println("Wrote " + r.path() + " (" + r.format().label() + ", " + r.signals() + " signals, "
                    + Numbers.seconds(r.durationSeconds()) + " s)");
            for (String w : r.warnings()) out().println("warning: " + w);
        }
        return Cli.OK;
    }

    /** Checked before reading IN, so a wrong extension fails at once and names the output. */
    private static void requireEdfOrBdf(Path out) throws BadInputException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".edf") && !name.endsWith(".bdf")) {
            throw new BadInputException(out + ": the output must end in .edf (EDF+, 16-bit) or .bdf (BDF+, 24-bit)");
        }
    }
}
