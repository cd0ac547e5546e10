package io.braingobrrr.app.cli;

import io.braingobrrr.sync.SyncServices;
import picocli.CommandLine.Parameters;

/** What `brrr sync pause` and `brrr sync resume` share: one destination, held or released (nothing is lost while held). */
abstract class SyncDestinationSwitch extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "DESTINATION")
    String destination;

    record Document(String destination, boolean paused) {
    }

    /** True for pause, false for resume. */
    abstract boolean pausing();

    @Override
    protected int execute() throws Exception {
        if (!destination.equals("fhir") && !destination.matches("webhook:[0-9]+")) {
            throw new BadInputException("destination must be fhir or webhook:<id>, not '" + destination + "'");
        }
        SyncServices s = SyncServices.create(database());
        s.queue().setPaused(destination, pausing(), s.clock().instant());
        if (json()) printJson(new Document(destination, pausing()));
        else out().println(destination + (pausing() ? " paused" : " resumed"));
        return Cli.OK;
    }
}
