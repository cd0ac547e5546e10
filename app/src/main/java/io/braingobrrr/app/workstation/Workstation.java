package io.braingobrrr.app.workstation;

import javafx.application.Application;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Starts the JavaFX workstation from Main (`./brrr` without arguments) and waits until its window closes. */
public final class Workstation {
    private Workstation() {
    }

    /** Returns the process exit status: 0 after a normal close, 1 when no window can be opened. */
    public static int launch() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!displayAvailable()) {
            err.println("brrr: no display to open the workstation on (DISPLAY is not set); "
                    + "run a subcommand instead (./brrr --help) or start it under xvfb-run");
            return 1;
        }
        try {
            Application.launch(WorkstationApp.class);
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
