package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.ApiClientService;
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

    static final String API_KEY_HEADER = "X-API-Key";
    private final TokenService tokens;
    private final ApiClientService clients;

    Authenticator(TokenService tokens, ApiClientService clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    /** Users send 'Authorization: Bearer JWT'; integration clients 'Authorization: ApiKey KEY' or 'X-API-Key: KEY'. */
    void resolve(Context ctx) {
        String header = ctx.header("Authorization");
        String apiKey = ctx.header(API_KEY_HEADER);
        if (header == null && apiKey == null) return;
        try {
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.attribute(SUBJECT, tokens.verify(header.substring(7).strip(), ctx.ip()));
            } else if (header != null && header.regionMatches(true, 0, "ApiKey ", 0, 7)) {
                ctx.attribute(SUBJECT, clients.authenticate(header.substring(7), ctx.ip()));
            } else if (header == null) {
                ctx.attribute(SUBJECT, clients.authenticate(apiKey, ctx.ip()));
            } else {
                ctx.attribute(FAILURE, AuthenticationException.invalidToken(
                        "the Authorization header must be 'Bearer <token>' or 'ApiKey <key>'"));
            }
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
        throw AuthenticationException.invalidToken(
                "sign in first: send 'Authorization: Bearer <access token>' (or an integration client's 'X-API-Key: <key>')");
    }
}
