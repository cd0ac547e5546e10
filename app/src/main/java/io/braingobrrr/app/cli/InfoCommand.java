package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.HeaderReport;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "info", description = "Header and annotations of an EDF/EDF+/BDF/BDF+ file.")
final class InfoCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE", description = "EDF, EDF+, BDF or BDF+ file.")
    Path file;

    @Override
    protected int execute() throws Exception {
        Path input = inputFile(file);
        try (SignalSource recording = RecordingReader.open(input)) {
            if (json()) printJson(InfoDocument.of(recording));
            else HeaderReport.write(out(), input, recording);
        }
        return Cli.OK;
    }
}
