package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.HeaderReport;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "info", description = "Header and annotations of an EDF/EDF+/BDF/BDF+ file.")
final class InfoCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE", description = "EDF, EDF+, BDF or BDF+ file.")
    Path file;

    @Override
    protected int execute() throws Exception {
        try (EdfRecording recording = EdfReader.open(inputFile(file))) {
            if (json()) printJson(InfoDocument.of(recording));
            else HeaderReport.write(out(), recording);
        }
        return Cli.OK;
    }
}
