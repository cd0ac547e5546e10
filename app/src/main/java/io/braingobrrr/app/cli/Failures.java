package io.braingobrrr.app.cli;

import io.braingobrrr.core.recording.InvalidRecordingException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns an exception from a subcommand into one stderr line and an exit status. */
final class Failures {
    private Failures() {
    }

    static int report(Exception ex, CommandLine failed) {
        PrintWriter err = failed.getErr();
        boolean badInput = isBadInput(ex);
        err.println(oneLine(failed, describe(ex)));
        if (!badInput && debugRequested(failed)) ex.printStackTrace(err);
        return badInput ? Cli.BAD_INPUT : Cli.FAILURE;
    }

    /** "brrr info: message", newlines folded so the message stays on one line. */
    static String oneLine(CommandLine cmd, String message) {
        String text = message == null ? "failed" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return cmd.getCommandSpec().qualifiedName() + ": " + text;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException
                || ex instanceof InvalidRecordingException
                || ex instanceof NoSuchFileException
                || ex instanceof AccessDeniedException
                || ex instanceof FileAlreadyExistsException;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof FileSystemException f) {
            if (f.getReason() != null) return f.getFile() + ": " + f.getReason();
            if (ex instanceof NoSuchFileException) return "file not found: " + f.getFile();
            if (ex instanceof AccessDeniedException) return "permission denied: " + f.getFile();
            if (ex instanceof FileAlreadyExistsException) return "already exists: " + f.getFile();
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) message = ex.getClass().getSimpleName();
        return isBadInput(ex) ? message : message + " (" + ex.getClass().getSimpleName() + "; --debug shows the trace)";
    }

    private static boolean debugRequested(CommandLine failed) {
        Object command = failed.getCommand();
        if (command instanceof SubcommandBase sub) return sub.common.debug();
        return "1".equals(System.getenv("BRRR_DEBUG"));
    }
}
