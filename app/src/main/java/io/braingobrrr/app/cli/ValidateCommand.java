package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** `brrr validate --out docs/VALIDATION.md`: every accuracy figure of the analysis, computed from shared/data. */
@Command(name = "validate", description = "Evaluate spindles, staging and ictal classification on shared/data; write the Markdown report.")
final class ValidateCommand extends SubcommandBase {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Markdown report to write (overwritten).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data, or brrr.shared.dir/data).")
    Path data;

    @Option(names = "--write-model", paramLabel = "FILE",
            description = "Also train the stager on every scored recording and write the model (the shipped one is "
                    + "analysis/src/main/resources/io/braingobrrr/analysis/sleep/stager-model-v2.txt).")
    Path modelOut;

    @Option(names = "--write-ictal-model", paramLabel = "FILE",
            description = "Also train the Bonn ictal-segment classifier on all 100 segments and write the model (the shipped one is "
                    + "analysis/src/main/resources/io/braingobrrr/analysis/events/ictal-model-v2.txt).")
    Path ictalModelOut;

    @Override
    protected int execute() throws Exception {
        Path dir = data != null ? data : Path.of(System.getProperty("brrr.shared.dir", "../shared")).resolve("data");
        if (!Files.isDirectory(dir.resolve("sleep/dreams/spindles")) || !Files.isDirectory(dir.resolve("seizure/bonn"))) {
            throw new BadInputException("not the shared data folder (no sleep/dreams/spindles or seizure/bonn): " + dir);
        }
        outputFile(out, true);
        if (modelOut != null) {
            outputFile(modelOut, true);
            ValidationReport.writeModel(dir, modelOut);
        }
        if (ictalModelOut != null) {
            outputFile(ictalModelOut, true);
            ValidationReport.writeIctalModel(dir, ictalModelOut);
        }
        String md = ValidationReport.markdown(dir);
        Files.writeString(out, md);
        if (json()) printJson(new Written(out.toString()));
        else out().println("wrote " + out + (modelOut != null ? " and " + modelOut : "")
                + (ictalModelOut != null ? " and " + ictalModelOut : ""));
        return Cli.OK;
    }

    record Written(String written) {
    }
}
