package io.braingobrrr.app.cli;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.PatientService;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Pseudonymizer;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.PatientStore;
import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.fhir.FhirClient;
import io.braingobrrr.sync.fhir.FhirEndpoint;
import io.braingobrrr.sync.fhir.PatientImport;
import okhttp3.OkHttpClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.List;

/** `brrr sync import-patient --base URL --identifier X|--name N`: demographics from the FHIR server into the worklist. */
@Command(name = "import-patient", description = "Import patients found on a FHIR server (by identifier or name) into the worklist.")
final class SyncImportPatientCommand extends SubcommandBase {
    static final class Search {
        @Option(names = "--identifier", required = true, description = "system|value or value")
        String identifier;

        @Option(names = "--name", required = true)
        String name;
    }

    @Option(names = "--base", required = true, paramLabel = "URL")
    String base;

    @Option(names = "--token", paramLabel = "T")
    String token;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Search search;

    record Document(List<PatientImport.Imported> patients) {
    }

    @Override
    protected int execute() throws Exception {
        if (!base.matches("https?://.+")) throw new BadInputException("--base must be an http(s) URL, not '" + base + "'");
        Database db = database();
        AuditTrail trail = new AuditTrail(db);
        PatientService patients = new PatientService(new PatientStore(db), Pseudonymizer.of(new InstallationSecrets(db)), trail);
        FhirClient client = new FhirClient(new OkHttpClient(), FhirEndpoint.bearer(base, token), Clock.systemUTC());
        List<PatientImport.Imported> r = new PatientImport(patients, SyncServices.mrnSystem(new InstallationSettings(db)))
                .run(Subject.local("cli", "localhost"), client, search.identifier, search.name);
        if (json()) {
            printJson(new Document(r));
        } else {
            for (PatientImport.Imported p : r) out().println(p.mrn() + "  " + p.name() + "  " + p.outcome());
            out().println(r.size() + " patient(s) found");
        }
        return Cli.OK;
    }
}
