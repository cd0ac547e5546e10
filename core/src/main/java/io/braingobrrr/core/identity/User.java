package io.braingobrrr.core.identity;

import java.time.Instant;

/** A user account as services hand it out (never with its password hash). */
public record User(long id, String username, String displayName, Role role, boolean active,
                   boolean mustChangePassword, Instant lockedUntil, Instant createdAt) {
}
