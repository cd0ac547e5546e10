package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * Sign-in (OAuth2 password grant as a form, or JSON), refresh with rotation, logout (revokes the refresh
 * token's whole family) and me.
 */
final class AuthRoutes {
    record Login(String username, String password) {
    }

    record RefreshRequest(String refreshToken) {
    }

    /** RFC 6749 section 5.1 token response, plus the user for convenience. */
    record TokenBody(String accessToken, String tokenType, long expiresIn, String refreshToken, UserRoutes.UserView user) {
    }

    private final ApiServices s;

    AuthRoutes(ApiServices s) {
        this.s = s;
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("POST", "/auth/token", "auth", "OAuth2 token endpoint: grant_type=password or refresh_token",
                false, "form", "json", List.of(200, 400, 415)).returning(TokenBody.class), this::token);
        t.add(new RouteTable.Route("POST", "/auth/login", "auth", "Sign in with a JSON username and password",
                false, "json", "json", List.of(200, 400, 415)).returning(TokenBody.class), this::login);
        t.add(new RouteTable.Route("POST", "/auth/refresh", "auth", "Exchange a refresh token for new tokens (the old one is used up)",
                false, "json", "json", List.of(200, 400)).returning(TokenBody.class), this::refresh);
        t.add(new RouteTable.Route("POST", "/auth/logout", "auth", "Revoke a refresh token and every token rotated from it",
                false, "json", null, List.of(204, 400)), this::logout);
        t.add(new RouteTable.Route("GET", "/auth/me", "auth", "The signed-in user", true, null, "json", List.of(200, 409)).returning(UserRoutes.UserView.class),
                ctx -> {
                    Subject me = Authenticator.require(ctx);
                    if (me.userId() == null) {
                        throw new HttpError(409, "not_a_user", "this request uses an integration client's API key ("
                                + me.username() + "), not a user's token");
                    }
                    ctx.json(UserRoutes.view(s.users().get(me, me.userId())));
                });
    }

    private void token(Context ctx) {
        String ct = ctx.contentType();
        if (ct == null || !ct.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "unsupported_media_type", "send the token request as application/x-www-form-urlencoded");
        }
        String grant = ctx.formParam("grant_type");
        try {
            if ("password".equals(grant)) {
                ctx.json(signIn(ctx, required(ctx.formParam("username"), "username"), required(ctx.formParam("password"), "password")));
            } else if ("refresh_token".equals(grant)) {
                ctx.json(rotate(required(ctx.formParam("refresh_token"), "refresh_token")));
            } else {
                throw new HttpError(400, "unsupported_grant_type", "grant_type must be password or refresh_token, not " + grant);
            }
        } catch (AuthenticationException e) {
            // RFC 6749 section 5.2: a bad password or refresh token is a 400 invalid_grant on the token endpoint.
            Map<String, ?> details = e.lockedUntil() == null ? Map.of() : Map.of("locked_until", e.lockedUntil().toString());
            throw new HttpError(400, "invalid_grant", e.getMessage(), details);
        }
    }

    private void login(Context ctx) {
        Login l = ApiJson.body(ctx, Login.class);
        ctx.json(signIn(ctx, required(l.username(), "username"), required(l.password(), "password")));
    }

    private void refresh(Context ctx) {
        RefreshRequest r = ApiJson.body(ctx, RefreshRequest.class);
        ctx.json(rotate(required(r.refreshToken(), "refresh_token")));
    }

    private void logout(Context ctx) {
        RefreshRequest r = ApiJson.body(ctx, RefreshRequest.class);
        long user = s.refreshTokens().revoke(required(r.refreshToken(), "refresh_token"));
        if (user >= 0) s.users().signedOut(user, "api", ctx.ip());
        ctx.status(204);
    }

    private TokenBody signIn(Context ctx, String username, String password) {
        User u = s.users().signIn(username, password.toCharArray(), "api", ctx.ip());
        return tokens(u, s.refreshTokens().start(u.id()));
    }

    private TokenBody rotate(String refreshToken) {
        RefreshTokens.Rotation r = s.refreshTokens().rotate(refreshToken);
        User u = s.users().activeUser(r.userId());
        return tokens(u, r.token());
    }

    private TokenBody tokens(User u, String refresh) {
        return new TokenBody(s.tokens().issue(u), "Bearer", s.tokens().ttlSeconds(), refresh, UserRoutes.view(u));
    }

    private static String required(String value, String field) {
        if (value == null || value.isEmpty()) throw new HttpError(400, "invalid_request", field + " is required", Map.of(field, "is required"));
        return value;
    }
}
