package io.braingobrrr.app.cli;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.audit.AuditVerification;
import io.braingobrrr.core.identity.AuditService;
import io.braingobrrr.core.identity.Subject;
import picocli.CommandLine.Command;

/**
 * `brrr audit verify`: walks the hash chain. A broken chain is a failure (exit 1) that still prints its
 * result: the JSON document with ok=false and the first bad row, or a line naming that row.
 */
@Command(name = "verify", description = "Check the audit trail's hash chain; exit 1 when a row was edited or removed.")
final class AuditVerifyCommand extends SubcommandBase {
    record Document(long rows, boolean ok, Long firstBadRow, String problem) {
    }

    @Override
    protected int execute() throws Exception {
        AuditVerification v = new AuditService(new AuditTrail(database())).verify(Subject.local("cli", "localhost"));
        if (json()) {
            printJson(new Document(v.rows(), v.ok(), v.firstBadId(), v.problem()));
        } else if (v.ok()) {
            out().println("Audit trail intact: " + v.rows() + " rows");
        } else {
            out().println("Audit trail BROKEN at row " + v.firstBadId() + ": " + v.problem() + " (" + v.rows() + " rows checked)");
        }
        return v.ok() ? Cli.OK : Cli.FAILURE;
    }
}
