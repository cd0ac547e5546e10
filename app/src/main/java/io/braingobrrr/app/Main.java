package io.braingobrrr.app;

import io.braingobrrr.app.cli.Cli;
import io.braingobrrr.app.workstation.Workstation;

/**
 * Entry point of brrr.jar: without arguments the JavaFX workstation opens, with arguments the
 * command-line interface runs. Main itself must not extend javafx.application.Application: a
 * classpath launch of such a class fails with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = args.length == 0 ? Workstation.launch() : Cli.run(args);
        System.exit(status);
    }
}
