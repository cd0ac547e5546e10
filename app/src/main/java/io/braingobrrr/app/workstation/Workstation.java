package io.braingobrrr.app.workstation;

import javafx.application.Application;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Starts the JavaFX workstation from Main (`./brrr` without arguments) and waits until its window closes. */
public final class Workstation {
    private Workstation() {
    }

    /**
     * A desktop's "open with" passes one recording file (jpackage's file associations for .edf and .bdf):
     * that opens the workstation on it. Anything else is the command line's.
     */
    public static Optional<Path> recordingToOpen(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) return Optional.empty();
        String name = args[0].toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".edf") || name.endsWith(".bdf") || name.endsWith(".gdf"))) return Optional.empty();
        Path file = Path.of(args[0]);
        return Files.isRegularFile(file) ? Optional.of(file.toAbsolutePath()) : Optional.empty();
    }

    /** Returns the process exit status: 0 after a normal close, 1 when no window can be opened. */
    public static int launch() {
        return launch(null);
    }

    /** As {@link #launch()}, showing {@code recording} (may be null) once someone has signed in. */
    public static int launch(Path recording) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!displayAvailable()) {
            err.println("brrr: no display to open the workstation on (DISPLAY is not set); "
                    + "run a subcommand instead (./brrr --help) or start it under xvfb-run");
            return 1;
        }
        try {
            if (recording == null) Application.launch(WorkstationApp.class);
            else Application.launch(WorkstationApp.class, recording.toString());
            return WorkstationApp.exitStatus();
        } catch (RuntimeException e) {
            err.println("brrr: the workstation could not start: " + e.getMessage());
            if ("1".equals(System.getenv("BRRR_DEBUG"))) e.printStackTrace(err);
            return 1;
        }
    }

    /** On Linux JavaFX needs an X11 or Wayland display (or the Monocle platform chosen explicitly). */
    private static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) return true;
        if ("Monocle".equals(System.getProperty("glass.platform"))) return true;
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
