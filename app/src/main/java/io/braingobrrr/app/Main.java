package io.braingobrrr.app;

import io.braingobrrr.app.cli.Cli;
import io.braingobrrr.app.workstation.Workstation;

/**
 * Entry point of brrr.jar: without arguments the JavaFX workstation opens, with one .edf/.bdf/.gdf file (a
 * desktop's "open with") it opens on that file, with other arguments the command-line interface runs. Main itself must not extend javafx.application.Application: a
 * classpath launch of such a class fails with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var recording = Workstation.recordingToOpen(args);
        int status = args.length == 0 ? Workstation.launch()
                : recording.isPresent() ? Workstation.launch(recording.get()) : Cli.run(args);
        System.exit(status);
    }
}
