package io.braingobrrr.app.cli;

import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Builds the picocli command tree and maps every outcome to the contract's exit status:
 * 0 success, 2 bad input or usage, 1 anything else; failures print one line on stderr.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** Runs with the process's stdout/stderr (UTF-8, so annotation texts survive any locale). */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs in-process with the given streams (tests use this); both are flushed before returning. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BrrrCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            // picocli would print the whole usage here; the contract wants one line naming the problem.
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(Failures.oneLine(failed, ex.getMessage())
                    + " (see " + failed.getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> Failures.report(ex, failed));
        return cl;
    }
}
