package io.braingobrrr.app.cli;

import picocli.CommandLine.Command;

/** `brrr sync resume DESTINATION`: resume delivery to one destination. */
@Command(name = "resume", description = "Resume delivery to a destination, e.g. webhook:1 or fhir.")
final class SyncResumeCommand extends SyncDestinationSwitch {
    @Override
    boolean pausing() {
        return false;
    }
}
