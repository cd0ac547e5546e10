package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top of the command tree: `brrr SUBCOMMAND ...`. Without arguments Main opens the workstation instead. */
@Command(name = "brrr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Brain-Go-Brrr clinical EEG workstation.",
                "Without arguments ./brrr opens the workstation; with a subcommand it runs on the command line.",
                "Exit status: 0 success, 2 bad input or usage, 1 other failure."},
        subcommands = {InfoCommand.class, DumpCommand.class, ConvertCommand.class, ImportCommand.class,
                SynthCommand.class, BackupCommand.class, BenchCommand.class, AnalyzeCommand.class, StageCommand.class,
                DetectCommand.class, ValidateCommand.class, RecordCommand.class, UsersCommand.class,
                AuditCommand.class, ServeCommand.class, ScreenshotCommand.class, ReportCommand.class, ClinicCommand.class,
                SyncCommand.class})
final class BrrrCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }
}
