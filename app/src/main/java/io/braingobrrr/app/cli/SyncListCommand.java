package io.braingobrrr.app.cli;

import io.braingobrrr.core.service.Page;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/** `brrr sync list`: queue rows with status, attempts, last error and next attempt. */
@Command(name = "list", description = "Outbox rows: status, attempts, last error, next attempt.")
final class SyncListCommand extends SubcommandBase {
    @Option(names = "--status", description = "pending, delivered or dead")
    String status;

    @Option(names = "--destination", description = "e.g. webhook:1 or fhir")
    String destination;

    @Option(names = "--limit", description = "At most this many rows (default 100, max 500).")
    int limit = 100;

    record Document(List<OutboxEntry> items, long total) {
    }

    @Override
    protected int execute() throws Exception {
        if (status != null && !Set.of("pending", "delivered", "dead").contains(status)) {
            throw new BadInputException("--status must be pending, delivered or dead, not '" + status + "'");
        }
        if (limit < 1 || limit > Page.MAX_SIZE) throw new BadInputException("--limit must be 1.." + Page.MAX_SIZE + ", not " + limit);
        Page<OutboxEntry> p = SyncServices.create(database()).queue().list(status, destination, 1, limit);
        if (json()) {
            printJson(new Document(p.items(), p.total()));
        } else {
            for (OutboxEntry e : p.items()) {
                out().printf("%6d %-12s %-20s %-9s attempts %3d next %s%s%n", e.id(), e.destination(), e.eventType(), e.status(),
                        e.attempts(), e.status().equals("pending") ? e.nextAttemptAt() : "-",
                        e.lastError() == null ? "" : "  last error: " + e.lastError());
            }
            out().println(p.items().size() + " of " + p.total() + " rows");
        }
        return Cli.OK;
    }
}
