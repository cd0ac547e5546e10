package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.Numbers;
import io.braingobrrr.core.io.RecordingConverter;
import io.braingobrrr.core.edf.EdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        outputFile(out, force);
        if (Files.exists(out) && Files.isSameFile(in, out)) {
            throw new BadInputException("IN and OUT are the same file: " + out);
        }
        EdfWriter.Result r;
        try {
            r = RecordingConverter.convert(in, out);
        } catch (IllegalArgumentException e) {
            // The converter checks OUT's extension before reading IN and names the file.
            throw new BadInputException(e.getMessage());
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
}
