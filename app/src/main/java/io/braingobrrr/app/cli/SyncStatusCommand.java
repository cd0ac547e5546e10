package io.braingobrrr.app.cli;

import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.DestinationSummary;
import picocli.CommandLine.Command;

import java.util.List;

/** `brrr sync status`: pending, delivered and dead-lettered events per destination. */
@Command(name = "status", description = "The outbox: pending, delivered and dead-lettered events per destination.")
final class SyncStatusCommand extends SubcommandBase {
    record Document(List<DestinationSummary> destinations) {
    }

    @Override
    protected int execute() throws Exception {
        SyncServices s = SyncServices.create(database());
        s.engine().dispatch();     // events recorded since the last delivery run count for their destinations
        List<DestinationSummary> d = s.queue().summary();
        if (json()) {
            printJson(new Document(d));
        } else if (d.isEmpty()) {
            out().println("No destinations yet (no webhook subscription or FHIR server has received anything).");
        } else {
            for (DestinationSummary x : d) {
                out().printf("%-16s pending %6d  delivered %6d  dead %6d%s%n", x.name(), x.pending(), x.delivered(), x.dead(),
                        x.paused() ? "  PAUSED" : "");
            }
        }
        return Cli.OK;
    }
}
