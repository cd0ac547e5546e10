package io.braingobrrr.app.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One in-process run of the CLI with captured stdout and stderr. */
record CliRun(int status, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun of(String... args) {
        return with(cl -> { }, args);
    }

    /** Runs with the command tree adjusted first (tests add a failing subcommand this way). */
    static CliRun with(Consumer<CommandLine> adjust, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        CommandLine cl = Cli.commandLine(o, e);
        adjust.accept(cl);
        // picocli hands the streams only to subcommands present when they are set: set them again.
        cl.setOut(o);
        cl.setErr(e);
        int status = cl.execute(args);
        o.flush();
        e.flush();
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Asserts success and that stdout is exactly one JSON document; returns it. */
    JsonNode json() {
        assertEquals(0, status, () -> "exit status, stderr: " + err);
        try (JsonParser p = JSON.createParser(out)) {
            JsonNode doc = JSON.readTree(p);
            assertTrue(doc != null && doc.isObject(), "stdout is not a JSON object: " + out);
            assertNull(p.nextToken(), "more than one JSON document on stdout");
            return doc;
        } catch (IOException ex) {
            throw new UncheckedIOException("stdout is not JSON: " + out, ex);
        }
    }

    /** Asserts exit status 2, nothing on stdout and exactly one line on stderr; returns that line. */
    String badInput() {
        assertEquals(2, status, () -> "exit status; stdout: " + out + " stderr: " + err);
        return oneErrorLine();
    }

    String oneErrorLine() {
        assertEquals("", out, "nothing on stdout after a failure");
        String[] lines = err.split("\\R");
        assertEquals(1, lines.length, () -> "exactly one line on stderr, got: " + err);
        assertFalse(err.contains("\tat "), "no stack trace");
        return lines[0];
    }
}
