package io.braingobrrr.core.identity;

import io.braingobrrr.core.audit.AuditEntry;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts, sign-in and lockout on a real SQLite file. */
class UserServiceTest {
    private static final Subject CLI = Subject.local("cli", "localhost");

    @TempDir
    Path dir;
    private MutableClock clock;
    private AuditTrail audit;
    private UserService users;

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("brrr.db"));
        clock = new MutableClock(Instant.parse("2026-01-01T08:00:00Z"));
        audit = new AuditTrail(db);
        users = new UserService(db, audit, clock);
    }

    private User add(String name, String role, String password) {
        return users.create(CLI, new NewUser(name, name.toUpperCase(), role, password.toCharArray(), false));
    }

    @Test
    void noAccountsUntilOneIsAdded() {
        assertEquals(0, users.count());
        User u = add("ann", "admin", "staple battery 1");
        assertEquals(1, users.count());
        assertEquals(Role.ADMIN, u.role());
        assertEquals("ANN", u.displayName());
        assertTrue(u.active());
        assertEquals(u.id(), users.signIn("ANN", "staple battery 1".toCharArray(), "api", "10.0.0.1").id(),
                "usernames are case-insensitive");
    }

    @Test
    void passwordArrayIsWipedAfterCreate() {
        char[] pw = "wipe me after use".toCharArray();
        users.create(CLI, new NewUser("bob", null, "clinician", pw, false));
        assertArrayEquals(new char[pw.length], pw);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> users.create(CLI,
                new NewUser("x", null, "surgeon", "short".toCharArray(), false)));
        assertEquals(List.of("username", "role", "password"), List.copyOf(e.fieldErrors().keySet()));
        assertTrue(e.fieldErrors().get("role").contains("admin, clinician, technician, researcher"));
        assertEquals(0, users.count(), "nothing stored");
    }

    @Test
    void duplicateUsernameIsAConflict() {
        add("carl", "technician", "staple battery 1");
        ConflictException e = assertThrows(ConflictException.class, () -> add("CARL", "admin", "other password 2"));
        assertTrue(e.getMessage().contains("CARL"));
    }

    @Test
    void onlyAdministratorsManageUsers() {
        User tech = add("tina", "technician", "staple battery 1");
        Subject asTech = Subject.of(tech, "api", "127.0.0.1");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> users.create(asTech, new NewUser("eve", null, "admin", "eve password 12".toCharArray(), false)));
        assertTrue(e.getMessage().contains("technician"), e.getMessage());
        assertThrows(PermissionDeniedException.class, () -> users.list(asTech, 1, 10));
        assertEquals(tech.id(), users.get(asTech, tech.id()).id(), "one may read one's own account");
    }

    @Test
    void fiveWrongPasswordsLockForFifteenMinutes() {
        add("dora", "clinician", "staple battery 1");
        for (int i = 1; i <= UserService.MAX_FAILED_ATTEMPTS; i++) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> users.signIn("dora", "wrong password".toCharArray(), "api", "10.0.0.9"));
            assertEquals(AuthenticationException.Reason.INVALID_CREDENTIALS, e.reason(), "attempt " + i);
        }
        AuthenticationException locked = assertThrows(AuthenticationException.class,
                () -> users.signIn("dora", "staple battery 1".toCharArray(), "api", "10.0.0.9"));
        assertEquals(AuthenticationException.Reason.LOCKED, locked.reason(), "even the right password is refused");
        assertEquals(Instant.parse("2026-01-01T08:15:00Z"), locked.lockedUntil());

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThrows(AuthenticationException.class, () -> users.signIn("dora", "staple battery 1".toCharArray(), "api", "x"));
        clock.advance(Duration.ofSeconds(2));
        assertEquals("dora", users.signIn("dora", "staple battery 1".toCharArray(), "api", "x").username());
    }

    @Test
    void fourFailuresThenSuccessResetTheCount() {
        add("emil", "researcher", "staple battery 1");
        for (int i = 0; i < 4; i++) {
            assertThrows(AuthenticationException.class, () -> users.signIn("emil", "nope nope".toCharArray(), "gui", "pc"));
        }
        users.signIn("emil", "staple battery 1".toCharArray(), "gui", "pc");
        for (int i = 0; i < 4; i++) {
            assertThrows(AuthenticationException.class, () -> users.signIn("emil", "nope nope".toCharArray(), "gui", "pc"));
        }
        assertEquals("emil", users.signIn("emil", "staple battery 1".toCharArray(), "gui", "pc").username());
    }

    @Test
    void deactivatedAccountCannotSignIn() {
        User u = add("fred", "technician", "staple battery 1");
        users.setActive(CLI, u.id(), false);
        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> users.signIn("fred", "staple battery 1".toCharArray(), "api", "x"));
        assertEquals(AuthenticationException.Reason.INACTIVE, e.reason());
    }

    @Test
    void signInsAndFailuresAreAuditedWithOriginAndAddress() {
        add("gina", "admin", "staple battery 1");
        users.signIn("gina", "staple battery 1".toCharArray(), "api", "192.0.2.7");
        assertThrows(AuthenticationException.class, () -> users.signIn("nobody", "whatever 123".toCharArray(), "api", "192.0.2.8"));
        List<AuditEntry> rows = audit.page(AuditQuery.ALL, 1, 10).items();
        assertEquals(List.of("user.login.failed", "user.login", "user.create"), rows.stream().map(AuditEntry::action).toList());
        AuditEntry failed = rows.get(0);
        assertEquals("nobody", failed.actor());
        assertEquals("192.0.2.8", failed.address());
        assertEquals("{\"reason\":\"unknown user\"}", failed.detail());
        assertEquals("gina", rows.get(1).actor());
        assertEquals("api", rows.get(1).origin());
        assertFalse(rows.stream().anyMatch(r -> String.valueOf(r.detail()).contains("password 1")), "no password in the trail");
    }
}
