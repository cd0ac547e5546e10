package io.braingobrrr.app.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every subcommand accepts after its name (a picocli mixin). */
public class CommonOptions {
    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file (default: brrr.db in the user's data folder, created on first use).")
    Path db;

    @Option(names = "--debug", description = "Print the full stack trace of unexpected failures (also: BRRR_DEBUG=1).")
    boolean debug;

    public boolean json() {
        return json;
    }

    /** The database chosen with --db, or null for the default location. */
    public Path db() {
        return db;
    }

    public boolean debug() {
        return debug || "1".equals(System.getenv("BRRR_DEBUG"));
    }
}
