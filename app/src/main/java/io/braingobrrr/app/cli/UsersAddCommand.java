package io.braingobrrr.app.cli;

import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * `brrr users add --username U --role R --password-stdin`: the password comes from standard input only
 * (arguments show up in `ps` and shell history). The local operator holds the database file, so no sign-in.
 */
@Command(name = "add", description = "Add a user; the password is read from standard input (one line).")
final class UsersAddCommand extends SubcommandBase {
    /** Where the password is read from; tests replace it. */
    static InputStream stdin = System.in;

    @Option(names = "--username", required = true, paramLabel = "U")
    String username;

    @Option(names = "--role", required = true, paramLabel = "R", description = "admin, clinician, technician or researcher.")
    String role;

    @Option(names = "--display-name", paramLabel = "D")
    String displayName;

    @Option(names = "--password-stdin", required = true, description = "Read the password from standard input (required).")
    boolean passwordStdin;

    @Option(names = "--must-change-password", description = "Ask for a new password at first sign-in.")
    boolean mustChange;

    record Document(long userId, String username, String role) {
    }

    @Override
    protected int execute() throws Exception {
        char[] password = readLine(stdin);
        try {
            UserService users = new UserService(database());
            User u = users.create(Subject.local("cli", "localhost"),
                    new NewUser(username, displayName, role, password, mustChange));
            if (json()) printJson(new Document(u.id(), u.username(), u.role().key()));
            else out().println("Added " + u.role().key() + " " + u.username() + " (user " + u.id() + ")");
            return Cli.OK;
        } catch (InvalidInputException | ConflictException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The first line of {@code in} without its line ending, as chars (no String copy of the password). */
    static char[] readLine(InputStream in) throws IOException {
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buf = new char[64];
        int n = 0;
        for (int c = r.read(); c != -1 && c != '\n'; c = r.read()) {
            if (n == buf.length) {
                char[] bigger = Arrays.copyOf(buf, n * 2);
                Arrays.fill(buf, '\0');
                buf = bigger;
            }
            buf[n++] = (char) c;
        }
        if (n > 0 && buf[n - 1] == '\r') n--;
        char[] line = Arrays.copyOf(buf, n);
        Arrays.fill(buf, '\0');
        return line;
    }
}
