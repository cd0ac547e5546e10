package io.braingobrrr.app.cli;

import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit status 2 with one line naming the problem; exit 1 (trace only with --debug) for the unexpected. */
class BadInputTest {
    private static final String EDF = "format/mne-testing-data/test_generator_2.edf";

    @TempDir
    Path tmp;

    @Test
    void missingFile() {
        String line = CliRun.of("info", tmp.resolve("nope.edf").toString()).badInput();
        assertTrue(line.startsWith("brrr info: "), line);
        assertTrue(line.contains("file not found") && line.contains("nope.edf"), line);
    }

    @Test
    void textFileIsNotEdf() throws IOException {
        Path text = tmp.resolve("notes.edf");
        Files.writeString(text, "These are notes, not a recording.\n".repeat(20));
        String line = CliRun.of("info", text.toString()).badInput();
        assertTrue(line.contains("notes.edf") && line.contains("not an EDF, BDF or GDF"), line);
    }

    @Test
    void truncatedDataRecords() throws IOException {
        Path truncated = tmp.resolve("truncated.edf");
        byte[] all = Files.readAllBytes(SharedData.file(EDF));
        Files.write(truncated, Arrays.copyOf(all, 100_000));   // header (3328 B) + 21.5 of 600 records
        String line = CliRun.of("info", "--json", truncated.toString()).badInput();
        assertTrue(line.contains("truncated.edf") && line.contains("truncated"), line);
    }

    @Test
    void truncatedHeader() throws IOException {
        Path truncated = tmp.resolve("short.edf");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(SharedData.file(EDF)), 200));
        String line = CliRun.of("dump", truncated.toString()).badInput();
        assertTrue(line.startsWith("brrr dump: ") && line.contains("short.edf") && line.contains("header"), line);
    }

    @Test
    void badOptionValue() {
        String line = CliRun.of("dump", SharedData.file(EDF).toString(), "--from", "abc").badInput();
        assertTrue(line.contains("--from") && line.contains("abc"), line);
    }

    @Test
    void folderInsteadOfFile() {
        String line = CliRun.of("info", tmp.toString()).badInput();
        assertTrue(line.contains("folder"), line);
    }

    @Test
    void unknownSubcommandAndMissingArgument() {
        assertTrue(CliRun.of("frobnicate").badInput().contains("frobnicate"));
        assertTrue(CliRun.of("info").badInput().contains("FILE"));
        assertTrue(CliRun.of().badInput().contains("missing subcommand"));
    }

    @Test
    void databaseThatIsNotADatabase() throws IOException {
        Path notDb = tmp.resolve("text.db");
        Files.writeString(notDb, "not sqlite at all, just text that is long enough to fill a page header".repeat(10));
        String line = CliRun.of("import", SharedData.file(EDF).toString(), "--db", notDb.toString()).badInput();
        assertTrue(line.contains("--db") && line.contains("text.db") && line.contains("not a SQLite database"), line);
    }

    /** A subcommand that fails the way a bug would; only for this test. */
    @Command(name = "explode")
    static final class ExplodingCommand extends SubcommandBase {
        @Override
        protected int execute() {
            throw new IllegalStateException("something broke\nacross two lines");
        }
    }

    @Test
    void unexpectedFailureIsExitOneWithOneLine() {
        CliRun run = CliRun.with(cl -> cl.addSubcommand(new ExplodingCommand()), "explode");
        assertEquals(1, run.status());
        String line = run.oneErrorLine();
        assertTrue(line.startsWith("brrr explode: something broke across two lines"), line);
        assertTrue(line.contains("--debug"), "says how to see the trace: " + line);
    }

    @Test
    void debugOptionPrintsTheTrace() {
        CliRun run = CliRun.with(cl -> cl.addSubcommand(new ExplodingCommand()), "explode", "--debug");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("java.lang.IllegalStateException: something broke"), run.err());
        assertTrue(run.err().contains("\tat io.braingobrrr.app.cli.BadInputTest$ExplodingCommand.execute"), run.err());
    }
}
