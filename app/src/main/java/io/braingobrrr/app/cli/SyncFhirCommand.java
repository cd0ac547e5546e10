package io.braingobrrr.app.cli;

import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.fhir.FhirEndpoint;
import io.braingobrrr.sync.fhir.FhirPush;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** `brrr sync fhir --recording ID --base URL [--token T]`: push a completed study now. */
@Command(name = "fhir", description = "Push a completed study to a FHIR R4 server now (a transaction bundle; a re-send duplicates nothing).")
final class SyncFhirCommand extends SubcommandBase {
    @Option(names = "--recording", required = true, paramLabel = "ID")
    long recording;

    @Option(names = "--base", required = true, paramLabel = "URL", description = "FHIR base URL, e.g. https://fhir.example.org/r4")
    String base;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token (default: none)")
    String token;

    record Document(int bundleEntries, List<String> status) {
    }

    @Override
    protected int execute() throws Exception {
        if (!base.matches("https?://.+")) throw new BadInputException("--base must be an http(s) URL, not '" + base + "'");
        FhirPush.Result r;
        try {
            r = SyncServices.create(database()).fhir().push(recording, FhirEndpoint.bearer(base, token));
        } catch (ServiceException e) {
            throw new BadInputException(e.getMessage());
        }
        if (r.error() != null) throw new IllegalStateException(r.error());
        if (json()) {
            printJson(new Document(r.bundleEntries(), r.status()));
        } else {
            out().println(r.bundleEntries() + " entries sent to " + base + ": " + String.join(", ", r.status()));
        }
        return Cli.OK;
    }
}
