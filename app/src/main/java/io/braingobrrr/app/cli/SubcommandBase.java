package io.braingobrrr.app.cli;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: the common options, the output streams and the checks on file
 * arguments. Subclasses parse their own options, call core services and print.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
abstract class SubcommandBase implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** Does the work; returns the exit status (normally {@link Cli#OK}). */
    protected abstract int execute() throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected boolean json() {
        return common.json();
    }

    protected void printJson(Object document) throws IOException {
        Json.write(out(), document);
    }

    /**
     * The database chosen with --db, or the default one in the user's data folder. A --db path that
     * cannot be opened as a database is the user's input, hence exit status 2.
     */
    protected Database database() throws BadInputException {
        if (common.db() == null) return Database.openDefault();
        try {
            return Database.open(common.db());
        } catch (StoreException e) {
            throw new BadInputException("--db " + common.db() + ": " + e.getMessage());
        }
    }

    /** An existing regular file, or the exception that becomes exit status 2. */
    protected static Path inputFile(Path file) throws IOException, BadInputException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        if (Files.isDirectory(file)) throw new BadInputException("is a folder, not a file: " + file);
        if (!Files.isReadable(file)) throw new BadInputException("cannot read (permissions): " + file);
        return file;
    }

    /** An output path that may be written: its folder exists, and it is overwritten only with --force. */
    protected static Path outputFile(Path file, boolean force) throws IOException, BadInputException {
        return outputFile(file, force, "exists (use --force to overwrite)");
    }

    /** As {@link #outputFile(Path, boolean)}; {@code ifExists} says why an existing file is refused. */
    protected static Path outputFile(Path file, boolean overwrite, String ifExists) throws IOException, BadInputException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException("output folder does not exist: " + parent);
        }
        if (Files.isDirectory(file)) throw new BadInputException("is a folder, not a file: " + file);
        if (!overwrite && Files.exists(file)) throw new FileAlreadyExistsException(file.toString(), null, ifExists);
        return file;
    }
}
