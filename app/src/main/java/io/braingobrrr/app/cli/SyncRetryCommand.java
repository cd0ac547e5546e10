package io.braingobrrr.app.cli;

import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.sync.SyncServices;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `brrr sync retry ID | --destination D`: put dead-lettered rows back in the queue. */
@Command(name = "retry", description = "Retry a dead-lettered row (--id) or every dead row of a destination (--destination).")
final class SyncRetryCommand extends SubcommandBase {
    static final class Target {
        @Option(names = "--id", required = true, description = "outbox row id")
        Long id;

        @Option(names = "--destination", required = true, description = "e.g. webhook:1 or fhir")
        String destination;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    record Document(int retried) {
    }

    @Override
    protected int execute() throws Exception {
        SyncServices s = SyncServices.create(database());
        int n;
        try {
            if (target.id != null) {
                s.queue().retry(target.id, s.clock().instant());
                n = 1;
            } else {
                n = s.queue().retryAllDead(target.destination, s.clock().instant());
            }
        } catch (ServiceException e) {
            throw new BadInputException(e.getMessage());
        }
        if (json()) printJson(new Document(n));
        else out().println(n + " dead row(s) queued again");
        return Cli.OK;
    }
}
