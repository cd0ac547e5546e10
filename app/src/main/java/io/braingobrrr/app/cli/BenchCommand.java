package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `brrr bench ...`: measurements; the kinds are subcommands (read, stage, acquire, render, live, outbox). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchReadCommand.class, BenchStageCommand.class, BenchAcquireCommand.class, BenchRenderCommand.class,
                BenchLiveCommand.class, BenchOutboxCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing benchmark kind (read, stage, acquire, render, live, outbox)");
    }
}
