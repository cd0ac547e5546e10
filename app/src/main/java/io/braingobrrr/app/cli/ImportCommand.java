package io.braingobrrr.app.cli;

import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "import", description = "Copy an EDF/BDF file into the database as a recording.")
final class ImportCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    record Document(long recordingId) {
    }

    @Override
    protected int execute() throws Exception {
        inputFile(file);
        Database db = database();
        long id = new RecordingImporter(new RecordingStore(db)).importFile(file, null, fraction -> { });
        if (json()) printJson(new Document(id));
        else out().println("Imported " + file.getFileName() + " as recording " + id + " into " + db.file());
        return Cli.OK;
    }
}
