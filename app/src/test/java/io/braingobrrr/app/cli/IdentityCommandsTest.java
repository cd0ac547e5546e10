package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr users add`, `brrr audit verify` and `brrr serve`'s refusals, on real database files. */
class IdentityCommandsTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        UsersAddCommand.stdin = System.in;
    }

    private CliRun addUser(String password, String... args) {
        UsersAddCommand.stdin = new ByteArrayInputStream(password.getBytes(StandardCharsets.UTF_8));
        String[] all = new String[args.length + 5];
        all[0] = "users";
        all[1] = "add";
        all[2] = "--password-stdin";
        all[3] = "--db";
        all[4] = dir.resolve("brrr.db").toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    @Test
    void addedAdministratorCanSignIn() {
        JsonNode doc = addUser("staple battery 1\r\n", "--username", "ann", "--role", "admin", "--display-name", "Ann A", "--json").json();
        assertEquals("ann", doc.get("username").asText());
        assertEquals("admin", doc.get("role").asText());
        // The line ending is not part of the password.
        UserService users = new UserService(Database.open(dir.resolve("brrr.db")));
        assertEquals("Ann A", users.signIn("ann", "staple battery 1".toCharArray(), "cli", "test").displayName());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        assertTrue(addUser("", "--username", "ann", "--role", "admin").badInput().contains("password: the password is empty"));
        assertTrue(addUser("short\n", "--username", "ann", "--role", "admin").badInput().contains("too short"));
        assertTrue(addUser("staple battery 1\n", "--username", "ann", "--role", "boss").badInput().contains("unknown role 'boss'"));
        addUser("staple battery 1\n", "--username", "ann", "--role", "admin");
        assertTrue(addUser("staple battery 2\n", "--username", "ANN", "--role", "clinician").badInput().contains("already exists"));
        String noFlag = CliRun.of("users", "add", "--username", "x", "--role", "admin", "--db", dir.resolve("brrr.db").toString())
                .badInput();
        assertTrue(noFlag.contains("--password-stdin"), noFlag);
    }

    @Test
    void passwordIsNeverAcceptedAsAnArgument() {
        CliRun run = CliRun.of("users", "add", "--username", "x", "--role", "admin", "--password", "staple battery 1",
                "--db", dir.resolve("brrr.db").toString());
        assertEquals(2, run.status());
    }

    @Test
    void auditVerifyReportsRowsAndTheFirstBrokenRow() throws Exception {
        addUser("staple battery 1\n", "--username", "ann", "--role", "admin");
        addUser("staple battery 2\n", "--username", "bob", "--role", "clinician");
        String db = dir.resolve("brrr.db").toString();
        JsonNode ok = CliRun.of("audit", "verify", "--db", db, "--json").json();
        assertEquals(2, ok.get("rows").asInt());
        assertTrue(ok.get("ok").asBoolean());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET detail = '{\"role\":\"admin\",\"username\":\"bob\"}' WHERE id = 2");
        }
        CliRun broken = CliRun.of("audit", "verify", "--db", db, "--json");
        assertEquals(1, broken.status());
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(broken.out());
        assertFalse(doc.get("ok").asBoolean());
        assertEquals(2, doc.get("first_bad_row").asInt());
        CliRun human = CliRun.of("audit", "verify", "--db", db);
        assertEquals(1, human.status());
        assertTrue(human.out().startsWith("Audit trail BROKEN at row 2: its content does not match its hash"), human.out());
    }

    @Test
    void serveRefusesNonLoopbackWithoutTheOverride() {
        String line = CliRun.of("serve", "--bind", "0.0.0.0", "--port", "0", "--db", dir.resolve("brrr.db").toString()).badInput();
        assertTrue(line.contains("not a loopback address"), line);
        assertTrue(CliRun.of("serve", "--port", "70000", "--db", dir.resolve("brrr.db").toString()).badInput().contains("--port"));
        String threads = CliRun.of("serve", "--threads", "1", "--port", "0", "--db", dir.resolve("brrr.db").toString()).badInput();
        assertTrue(threads.contains("--threads must be 2 or more, got 1"), threads);
    }
}
