package io.braingobrrr.core.identity;

import io.braingobrrr.core.service.ServiceException;

import java.time.Instant;

/**
 * Sign-in refused. The message never says whether the username exists (no account enumeration), except
 * for a locked account, where the user must know when to try again.
 */
public final class AuthenticationException extends ServiceException {
    public enum Reason { INVALID_CREDENTIALS, LOCKED, INACTIVE, INVALID_TOKEN }

    private final Reason reason;
    private final Instant lockedUntil;

    public AuthenticationException(Reason reason, String message, Instant lockedUntil) {
        super(message);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public static AuthenticationException invalidCredentials() {
        return new AuthenticationException(Reason.INVALID_CREDENTIALS, "wrong username or password", null);
    }

    public static AuthenticationException invalidToken(String why) {
        return new AuthenticationException(Reason.INVALID_TOKEN, why, null);
    }

    public Reason reason() {
        return reason;
    }

    /** When a locked account opens again; null for other reasons. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
