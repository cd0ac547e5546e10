package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;

/** `brrr sync pause DESTINATION`: pause delivery to one destination (nothing is lost while paused). */
@Command(name = "pause", description = "Pause delivery to a destination, e.g. webhook:1 or fhir.")
final class SyncPauseCommand extends SyncDestinationSwitch {
    @Override
    boolean pausing() {
        return true;
    }
}
