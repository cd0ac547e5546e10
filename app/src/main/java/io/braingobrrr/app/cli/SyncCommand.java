package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `brrr sync ...`: the outbox towards central services (webhooks, FHIR). */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "Sync queue and central services.",
        subcommands = {SyncStatusCommand.class, SyncListCommand.class, SyncRetryCommand.class, SyncRedeliverCommand.class,
                SyncPauseCommand.class, SyncResumeCommand.class, SyncDeliverCommand.class, SyncFhirCommand.class, SyncConfigureFhirCommand.class,
                SyncImportPatientCommand.class})
final class SyncCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing sync action (status, list, retry, redeliver, pause, resume, deliver, fhir, import-patient)");
    }
}
