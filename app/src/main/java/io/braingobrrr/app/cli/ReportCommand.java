package io.braingobrrr.app.cli;

import io.braingobrrr.app.reporting.ReportSession;
import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.report.Report;
import io.braingobrrr.core.report.ReportTemplate;
import io.braingobrrr.core.report.Signature;
import io.braingobrrr.core.service.ServiceException;
import io.braingobrrr.core.store.Database;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * `brrr report --recording ID --out X.pdf [--sign --meaning author --user U --password-stdin]`: the
 * newest version of the recording's report as PDF, drafted from the automated analysis when none exists.
 * Signing needs a clinician's or administrator's account and password (the signer's name goes on the report).
 */
@Command(name = "report", description = "The clinical report of a stored recording as PDF (drafted from the analysis if new).")
final class ReportCommand extends SubcommandBase {
    /** Where the password is read from; tests replace it. */
    static InputStream stdin = System.in;

    @Option(names = "--recording", required = true, paramLabel = "ID", description = "Stored recording id.")
    long recordingId;

    @Option(names = "--out", required = true, paramLabel = "X.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--template", paramLabel = "T", description = "routine-eeg or psg for a new report (default: psg when EOG and EMG are present).")
    String template;

    @Option(names = "--sign", description = "Sign the draft (needs --user and --password-stdin).")
    boolean sign;

    @Option(names = "--meaning", paramLabel = "M", description = "Meaning of the signature: author, reviewer or approved (default: author).")
    String meaning = "author";

    @Option(names = "--user", paramLabel = "U", description = "Act as this user (pseudonymised output for researchers); the password comes from stdin.")
    String user;

    @Option(names = "--password-stdin", description = "Read the user's password from standard input (one line).")
    boolean passwordStdin;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    record Document(String written, int pages, long reportId, int version, boolean signed) {
    }

    @Override
    protected int execute() throws Exception {
        Path target = outputFile(out, force);
        if (sign && (user == null || !passwordStdin)) throw new BadInputException("--sign needs --user and --password-stdin (the signer re-enters the password)");
        if (user != null && !passwordStdin) throw new BadInputException("--user needs --password-stdin");
        char[] password = user == null ? new char[0] : UsersAddCommand.readLine(stdin);
        Database db = database();
        try (ReportSession session = new ReportSession(db, recordingId)) {
            Subject by = subject(db, password.clone());
            ReportTemplate t = template == null ? null : ReportTemplate.parse(template);
            Report report = session.latestOrDraft(by, t);
            if (sign) report = session.service().sign(by, report.id(), Signature.Meaning.parse(meaning), password, session.renderer());
            byte[] pdf = session.service().export(by, report.id(), session.renderer());
            Files.write(target, pdf);
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
            if (json()) printJson(new Document(target.toString(), pages, report.id(), report.version(), report.signed()));
            else out().println("Wrote " + target + " (" + pages + " pages, report " + report.id() + " version " + report.version()
                    + (report.signed() ? ", signed" : ", draft") + ")");
            return Cli.OK;
        } catch (ServiceException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Subject subject(Database db, char[] password) throws BadInputException {
        if (user == null) return Subject.local("cli", "localhost");
        try {
            User u = new UserService(db).signIn(user, password, "cli", "localhost");
            return Subject.of(u, "cli", "localhost");
        } catch (AuthenticationException e) {
            throw new BadInputException("--user " + user + ": " + e.getMessage());
        }
    }
}
