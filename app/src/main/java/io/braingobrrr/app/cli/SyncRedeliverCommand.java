package io.braingobrrr.app.cli;

import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.sync.SyncServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `brrr sync redeliver ID`: send a delivered row again, with the same event id. */
@Command(name = "redeliver", description = "Send a delivered outbox row again (same event id: receivers deduplicate).")
final class SyncRedeliverCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    record Document(long redelivered) {
    }

    @Override
    protected int execute() throws Exception {
        SyncServices s = SyncServices.create(database());
        try {
            s.queue().redeliver(id, s.clock().instant());
        } catch (ServiceException e) {
            throw new BadInputException(e.getMessage());
        }
        if (json()) printJson(new Document(id));
        else out().println("outbox row " + id + " queued for redelivery");
        return Cli.OK;
    }
}
