package io.braingobrrr.app.cli;

import io.braingobrrr.core.secrets.DataKey;
import io.braingobrrr.core.secrets.SecretBox;
import io.braingobrrr.core.secrets.SecretException;
import io.braingobrrr.core.store.Backup;
import io.braingobrrr.core.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "backup", description = {"Write a consistent copy of the database to OUT while it is in use.",
        "OUT must not exist; it appears only when complete.",
        "Stored secrets stay encrypted in the copy: keep the data key file (printed) apart from it, a restore needs both."})
final class BackupCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "OUT")
    Path out;

    record Document(String written, long bytes, String keyFile, String keyId, String warning) {
    }

    @Override
    protected int execute() throws Exception {
        outputFile(out, false, "exists; a backup never overwrites a file");
        Database db = database();
        // Opening the box first seals any secret an older version left in clear, so the copy holds none.
        DataKey key = null;
        String warning;
        String kind = "note";
        try {
            key = SecretBox.forDatabase(db).key();
            warning = "the copy's secrets (API token key, pseudonym key, webhook and FHIR credentials) are encrypted with the"
                    + " data key " + key.file() + "; keep a copy of that file apart from the backup: a restored database needs it"
                    + " beside it as <database file>.key (or named by BRRR_KEY_FILE)";
        } catch (SecretException e) {
            // The copy is still worth making: nothing in it is lost, only unreadable until the key is found.
            warning = e.getMessage() + " The backup was made anyway; its secrets open only with that key.";
            kind = "warning";
        }
        long bytes = new Backup(db).backup(out);
        Path written = out.toAbsolutePath().normalize();
        spec.commandLine().getErr().println("brrr backup: " + kind + ": " + warning);
        if (json()) {
            printJson(new Document(written.toString(), bytes, key == null ? null : key.file().toString(),
                    key == null ? null : key.id(), warning));
        } else {
            out().println("Backed up " + db.file() + " to " + written + " (" + bytes + " bytes)");
        }
        return Cli.OK;
    }
}
