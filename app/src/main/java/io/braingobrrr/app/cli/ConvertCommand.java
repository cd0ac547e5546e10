package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.Numbers;
import io.braingobrrr.core.io.RecordingConverter;
import io.braingobrrr.core.edf.EdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.RecordingService;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.store.RecordingStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

@Command(name = "convert", description = {"Convert between EDF and BDF by the output's extension, annotations kept.",
        "OUT.edf gives EDF+ (16-bit), OUT.bdf gives BDF+ (24-bit); EDF+D/BDF+D when the input has gaps.",
        "IN may be db:ID, a stored recording (with its file and user annotations; --db selects the database)."})
final class ConvertCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "IN", description = "EDF/BDF/GDF file, or db:ID for a stored recording.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Option(names = "--force", description = "Overwrite OUT if it exists.")
    boolean force;

    record Document(String written, String format, int signals, double durationS, List<String> warnings) {
    }

    @Override
    protected int execute() throws Exception {
        if (in.toString().startsWith(DB_PREFIX)) return exportStored(recordingId(in.toString()));
        inputFile(in);
        outputFile(out, force);
        if (Files.exists(out) && Files.isSameFile(in, out)) {
            throw new BadInputException("IN and OUT are the same file: " + out);
        }
        EdfWriter.Result r;
        try {
            r = RecordingConverter.convert(in, out);
        } catch (IllegalArgumentException e) {
            // The converter checks OUT's extension before reading IN and names the file.
            throw new BadInputException(e.getMessage());
        }
        print(r);
        return Cli.OK;
    }

    static final String DB_PREFIX = "db:";

    private static long recordingId(String in) throws BadInputException {
        String id = in.substring(DB_PREFIX.length());
        if (!id.matches("\\d{1,18}")) throw new BadInputException("IN " + in + ": expected db:ID with a recording number, e.g. db:12");
        return Long.parseLong(id);
    }

    /** A stored recording through the same permission-checked, audited export the API uses. */
    private int exportStored(long id) throws Exception {
        outputFile(out, force);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".edf") && !name.endsWith(".bdf")) throw new BadInputException("OUT must end in .edf or .bdf: " + out);
        Database db = database();
        RecordingService service = new RecordingService(new RecordingStore(db), new PatientStore(db),
                Pseudonymizer.of(new InstallationSecrets(db)), new AuditTrail(db));
        try {
            print(service.export(Subject.local("cli", "localhost"), id, out));
        } catch (NotFoundException e) {
            throw new BadInputException("IN db:" + id + ": " + e.getMessage());
        }
        return Cli.OK;
    }

    private void print(EdfWriter.Result r) throws java.io.IOException {
        if (json()) {
            printJson(new Document(r.path().toString(), r.format().label(), r.signals(), r.durationSeconds(), r.warnings()));
        } else {
            out().println("Wrote " + r.path() + " (" + r.format().label() + ", " + r.signals() + " signals, "
                    + Numbers.seconds(r.durationSeconds()) + " s)");
            for (String w : r.warnings()) out().println("warning: " + w);
        }
    }
}
