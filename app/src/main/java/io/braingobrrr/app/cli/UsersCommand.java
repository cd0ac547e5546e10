package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `brrr users ...`: user administration for the first run and scripts. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "User administration.",
        subcommands = UsersAddCommand.class)
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing users action (add)");
    }
}
