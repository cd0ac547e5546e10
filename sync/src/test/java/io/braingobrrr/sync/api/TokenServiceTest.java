package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Access tokens expire even after they were verified (and cached) once. */
class TokenServiceTest {
    @TempDir
    Path dir;

    @Test
    void verifiedTokenStillExpires() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId z) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        TokenService tokens = new TokenService(new InstallationSecrets(Database.open(dir.resolve("b.db"))),
                Duration.ofMinutes(15), clock);
        String t = tokens.issue(new User(7, "ann", null, Role.CLINICIAN, true, false, null, now.get()));
        Subject s = tokens.verify(t, "10.0.0.1");
        assertEquals(7L, s.userId());
        assertEquals(Role.CLINICIAN, s.role());
        assertEquals("10.0.0.2", tokens.verify(t, "10.0.0.2").address(), "the cached subject gets this request's address");
        now.set(now.get().plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThrows(AuthenticationException.class, () -> tokens.verify(t, "10.0.0.1"));
    }
}
