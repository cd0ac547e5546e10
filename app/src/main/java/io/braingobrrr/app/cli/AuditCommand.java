package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `brrr audit ...`: the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail.",
        subcommands = AuditVerifyCommand.class)
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing audit action (verify)");
    }
}
