package io.braingobrrr.app.cli;

import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.setup.InstallationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Duration;

/**
 * `brrr settings [--clinic NAME] [--sync-endpoint URL] [--idle-lock-minutes N]`: the installation's settings
 * that the first-start wizard asked for, plus the GUI's idle lock. Sets what is given (audited), then prints
 * all of them. Like `brrr users add`, the local operator holds the database file, so no sign-in.
 */
@Command(name = "settings", description = "Show or change the installation's settings (clinic, sync endpoint, idle lock).")
final class SettingsCommand extends SubcommandBase {
    @Option(names = "--clinic", paramLabel = "NAME", description = "The clinic's name (shown on sign-in).")
    String clinic;

    @Option(names = "--sync-endpoint", paramLabel = "URL", description = "Central sync endpoint (https://...); an empty value removes it.")
    String syncEndpoint;

    @Option(names = "--idle-lock-minutes", paramLabel = "N", description = "Lock the workstation after N minutes without input (default 15).")
    Double idleLockMinutes;

    record Document(String clinicName, String syncEndpoint, long idleLockSeconds) {
    }

    @Override
    protected int execute() throws Exception {
        InstallationSettings settings = new InstallationSettings(database());
        Subject local = Subject.local("cli", "localhost");
        try {
            if (clinic != null) settings.setClinicName(local, clinic);
            if (syncEndpoint != null) settings.setSyncEndpoint(local, syncEndpoint);
            if (idleLockMinutes != null) {
                if (!(idleLockMinutes > 0) || idleLockMinutes.isInfinite()) {
                    throw new BadInputException("--idle-lock-minutes must be a positive number of minutes, not " + idleLockMinutes);
                }
                settings.setIdleLock(local, Duration.ofSeconds(Math.round(idleLockMinutes * 60)));
            }
        } catch (InvalidInputException e) {
            throw new BadInputException(e.getMessage());
        }
        Document doc = new Document(settings.clinicName().orElse(null), settings.syncEndpoint().map(URI::toString).orElse(null),
                settings.idleLock().toSeconds());
        if (json()) {
            printJson(doc);
        } else {
            out().println("clinic         " + (doc.clinicName() == null ? "(not set)" : doc.clinicName()));
            out().println("sync endpoint  " + (doc.syncEndpoint() == null ? "(none)" : doc.syncEndpoint()));
            out().println("idle lock      " + doc.idleLockSeconds() + " s");
        }
        return Cli.OK;
    }
}
