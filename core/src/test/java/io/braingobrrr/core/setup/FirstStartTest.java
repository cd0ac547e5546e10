package io.braingobrrr.core.setup;

import io.braingobrrr.core.audit.AuditEntry;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-start service and the installation settings on a real SQLite file, reopened where it matters. */
class FirstStartTest {
    private static final Subject GUI = Subject.local("gui", "ws-01");

    @TempDir
    Path dir;
    private Database db;
    private UserService users;
    private InstallationSettings settings;
    private FirstStart firstStart;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("brrr.db"));
        users = new UserService(db);
        settings = new InstallationSettings(db);
        firstStart = new FirstStart(users, settings);
    }

    private static FirstStart.Answers answers(String user, String pw, String repeat, String clinic, String sync) {
        return new FirstStart.Answers(user, "Dr " + user, pw.toCharArray(), repeat.toCharArray(), clinic, sync);
    }

    @Test
    void createsTheAdminAndStoresTheSettings() {
        assertTrue(firstStart.needed());
        char[] pw = "correct horse staple".toCharArray();
        User admin = firstStart.complete(GUI, new FirstStart.Answers("hilde", "Dr Hilde", pw, pw.clone(),
                "  Klinik Nord ", "https://central.example.org/api/v1"));
        assertEquals(Role.ADMIN, admin.role());
        assertEquals(String.valueOf(new char[pw.length]), String.valueOf(pw), "the password array is wiped");
        assertFalse(firstStart.needed());

        // Another process opening the same file sees the same installation.
        Database again = Database.open(dir.resolve("brrr.db"));
        InstallationSettings reread = new InstallationSettings(again);
        assertEquals(Optional.of("Klinik Nord"), reread.clinicName());
        assertEquals(Optional.of(URI.create("https://central.example.org/api/v1")), reread.syncEndpoint());
        assertEquals(admin.id(), new UserService(again).signIn("hilde", "correct horse staple".toCharArray(), "gui", "ws-01").id());

        List<String> actions = new AuditTrail(again).page(AuditQuery.ALL, 1, 50).items().stream()
                .map(e -> e.actor() + " " + e.action() + " " + e.entityId()).toList();
        assertTrue(actions.contains("system user.create " + admin.id()), actions.toString());
        assertTrue(actions.contains("hilde settings.update clinic_name"), actions.toString());
        assertTrue(actions.contains("hilde settings.update sync_endpoint"), actions.toString());
    }

    @Test
    void reportsEveryBadAnswerByFieldAndStoresNothing() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> firstStart.complete(GUI,
                answers("hilde", "short", "short", " ", "ftp://central")));
        assertEquals(List.of("password", "clinic_name"), List.copyOf(e.fieldErrors().keySet()));
        assertTrue(e.fieldErrors().get("password").contains("too short"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> firstStart.complete(GUI,
                answers("hilde", "correct horse staple", "correct horse stable", "Klinik", "ftp://central")));
        assertEquals("does not match the password", e.fieldErrors().get("password_repeat"));
        assertTrue(e.fieldErrors().get("sync_endpoint").contains("https://"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> firstStart.complete(GUI,
                answers("hilde", "correct horse staple", "correct horse staple", "Klinik", "https://")));
        assertTrue(e.fieldErrors().containsKey("sync_endpoint"), e.getMessage());

        assertTrue(firstStart.needed(), "nothing was created");
        assertEquals(Optional.empty(), settings.clinicName());
    }

    @Test
    void refusesOnceAnyAccountExists() {
        users.create(Subject.local("cli", "localhost"),
                new NewUser("ops", null, "technician", "battery staple 9".toCharArray(), false));
        assertFalse(firstStart.needed());
        ConflictException e = assertThrows(ConflictException.class, () -> firstStart.complete(GUI,
                answers("mallory", "correct horse staple", "correct horse staple", "Klinik", "")));
        assertTrue(e.getMessage().contains("already set up"), e.getMessage());
        assertEquals(1, users.count());
    }

    @Test
    void withoutAnEndpointNoneIsStored() {
        firstStart.complete(GUI, answers("hilde", "correct horse staple", "correct horse staple", "Klinik", "  "));
        assertEquals(Optional.empty(), settings.syncEndpoint());
    }

    @Test
    void idleLockDefaultsTo15MinutesAndOnlyAdminsChangeIt() {
        assertEquals(Duration.ofMinutes(15), settings.idleLock());
        User tech = users.create(Subject.local("cli", "localhost"),
                new NewUser("tech", null, "technician", "battery staple 9".toCharArray(), false));
        assertThrows(PermissionDeniedException.class,
                () -> settings.setIdleLock(Subject.of(tech, "gui", "ws-01"), Duration.ofMinutes(1)));
        assertThrows(InvalidInputException.class, () -> settings.setIdleLock(GUI, Duration.ZERO));
        settings.setIdleLock(GUI, Duration.ofSeconds(90));
        assertEquals(Duration.ofSeconds(90), new InstallationSettings(Database.open(dir.resolve("brrr.db"))).idleLock());
    }
}
