package io.braingobrrr.app.cli;

import io.braingobrrr.sync.SyncServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `brrr sync pause DESTINATION`: pause delivery to one destination (nothing is lost while paused). */
@Command(name = "pause", description = "Pause delivery to a destination, e.g. webhook:1 or fhir.")
final class SyncPauseCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "DESTINATION")
    String destination;

    record Document(String destination, boolean paused) {
    }

    @Override
    protected int execute() throws Exception {
        if (!destination.equals("fhir") && !destination.matches("webhook:[0-9]+")) {
            throw new BadInputException("destination must be fhir or webhook:<id>, not '" + destination + "'");
        }
        SyncServices s = SyncServices.create(database());
        boolean paused = "pause".equals("pause");
        s.queue().setPaused(destination, paused, s.clock().instant());
        if (json()) printJson(new Document(destination, paused));
        else out().println(destination + (paused ? " paused" : " resumed"));
        return Cli.OK;
    }
}
