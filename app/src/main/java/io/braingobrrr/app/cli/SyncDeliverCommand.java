package io.braingobrrr.app.cli;

import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.DestinationSummary;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * `brrr sync deliver`: one delivery pass in the foreground (for scripts and cron on machines without the
 * workstation running): attempts what is due now, in order per destination, until nothing is due.
 */
@Command(name = "deliver", description = "Deliver what is due now, then print the status.")
final class SyncDeliverCommand extends SubcommandBase {
    record Document(int attempts, List<DestinationSummary> destinations) {
    }

    @Override
    protected int execute() throws Exception {
        SyncServices s = SyncServices.create(database());
        int attempts = 0;
        for (int n; (n = s.engine().step()) > 0; ) attempts += n;
        List<DestinationSummary> d = s.queue().summary();
        if (json()) {
            printJson(new Document(attempts, d));
        } else {
            out().println(attempts + " attempt(s) made");
            for (DestinationSummary x : d) {
                out().printf("%-16s pending %6d  delivered %6d  dead %6d%n", x.name(), x.pending(), x.delivered(), x.dead());
            }
        }
        return Cli.OK;
    }
}
