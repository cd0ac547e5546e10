package io.braingobrrr.app.cli;

import io.braingobrrr.core.store.Backup;
import io.braingobrrr.core.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "backup", description = {"Write a consistent copy of the database to OUT while it is in use.",
        "OUT must not exist; it appears only when complete."})
final class BackupCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "OUT")
    Path out;

    record Document(String written, long bytes) {
    }

    @Override
    protected int execute() throws Exception {
        outputFile(out, false, "exists; a backup never overwrites a file");
        Database db = database();
        long bytes = new Backup(db).backup(out);
        if (json()) printJson(new Document(out.toAbsolutePath().normalize().toString(), bytes));
        else out().println("Backed up " + db.file() + " to " + out.toAbsolutePath().normalize() + " (" + bytes + " bytes)");
        return Cli.OK;
    }
}
