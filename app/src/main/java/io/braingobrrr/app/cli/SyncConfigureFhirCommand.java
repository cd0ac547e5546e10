package io.braingobrrr.app.cli;

import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.fhir.FhirEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `brrr sync configure-fhir --base URL [--token T | --token-url U --client-id C --client-secret-stdin]`: the FHIR
 * server the outbox pushes completed studies to (analysis.completed, report.signed).
 */
@Command(name = "configure-fhir", description = "Set the FHIR R4 server the outbox pushes completed studies to.")
final class SyncConfigureFhirCommand extends SubcommandBase {
    @Option(names = "--base", required = true, paramLabel = "URL")
    String base;

    @Option(names = "--token", paramLabel = "T", description = "static bearer token")
    String token;

    @Option(names = "--token-url", paramLabel = "URL", description = "OAuth2 token endpoint (client credentials)")
    String tokenUrl;

    @Option(names = "--client-id", paramLabel = "ID")
    String clientId;

    @Option(names = "--client-secret-stdin", description = "read the OAuth2 client secret from the first line of stdin")
    boolean secretFromStdin;

    @Option(names = "--mrn-system", paramLabel = "URI",
            description = "the hospital's MRN identifier system (e.g. urn:oid:1.2.3.4); pushed patients are matched by it")
    String mrnSystem;

    record Document(String baseUrl, String auth, String mrnSystem, boolean mrnSystemIsDefault) {
    }

    @Override
    protected int execute() throws Exception {
        if (!base.matches("https?://.+")) throw new BadInputException("--base must be an http(s) URL, not '" + base + "'");
        FhirEndpoint e;
        if (tokenUrl != null || clientId != null || secretFromStdin) {
            if (tokenUrl == null || clientId == null || !secretFromStdin) {
                throw new BadInputException("OAuth2 needs --token-url, --client-id and --client-secret-stdin together");
            }
            if (token != null) throw new BadInputException("--token and OAuth2 client credentials exclude each other");
            String secret = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                    .readLine();
            if (secret == null || secret.isBlank()) throw new BadInputException("no client secret on stdin");
            e = new FhirEndpoint(base, "client_credentials", null, tokenUrl, clientId, secret.strip());
        } else {
            e = FhirEndpoint.bearer(base, token);
        }
        Database db = database();
        if (mrnSystem != null) {
            try {
                new InstallationSettings(db).setFhirMrnSystem(Subject.local("cli", "localhost"), mrnSystem);
            } catch (InvalidInputException bad) {
                throw new BadInputException("--mrn-system: " + bad.getMessage());
            }
        }
        SyncServices sync = SyncServices.create(db);
        sync.fhirEndpoints().configure(e);
        if (json()) {
            printJson(new Document(e.baseUrl(), e.auth(), sync.mrnSystem(), sync.mrnSystemIsDefault()));
            return Cli.OK;
        }
        out().println("FHIR server set: " + e.baseUrl() + " (auth: " + e.auth() + ")");
        out().println("patients are identified by MRN system " + sync.mrnSystem());
        if (sync.mrnSystemIsDefault()) {
            spec.commandLine().getErr().println("warning: " + sync.mrnSystem() + " is this workstation's own namespace, which the hospital's server does not know:"
                    + " it will create new patients instead of matching its own. Set the hospital's with --mrn-system.");
        }
        return Cli.OK;
    }
}
