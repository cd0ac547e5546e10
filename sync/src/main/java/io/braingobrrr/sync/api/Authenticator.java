package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.Subject;
import io.javalin.http.Context;

/**
 * Reads the bearer token once per request (before rate limiting, which counts per user) and hands the
 * signed-in {@link Subject} to handlers. Handlers that need a user call {@link #require}.
 */
final class Authenticator {
    private static final String SUBJECT = "brrr.subject";
    private static final String FAILURE = "brrr.auth-failure";

    private final TokenService tokens;

    Authenticator(TokenService tokens) {
        this.tokens = tokens;
    }

    void resolve(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) return;
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.attribute(FAILURE, AuthenticationException.invalidToken("the Authorization header must be 'Bearer <token>'"));
            return;
        }
        try {
            ctx.attribute(SUBJECT, tokens.verify(header.substring(7).strip(), ctx.ip()));
        } catch (AuthenticationException e) {
            ctx.attribute(FAILURE, e);
        }
    }

    /** The signed-in subject, or null when the request carries no (valid) token. */
    static Subject optional(Context ctx) {
        return ctx.attribute(SUBJECT);
    }

    static Subject require(Context ctx) {
        Subject s = ctx.attribute(SUBJECT);
        if (s != null) return s;
        AuthenticationException failure = ctx.attribute(FAILURE);
        if (failure != null) throw failure;
        throw AuthenticationException.invalidToken("sign in first: send 'Authorization: Bearer <access token>'");
    }
}
