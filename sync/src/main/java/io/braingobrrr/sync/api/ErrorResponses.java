package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.PermissionDeniedException;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Maps every failure to one status and the {error, message, details, request_id} body. */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> send(ctx, e.status, e.code, e.getMessage(), e.details));
        routes.exception(AuthenticationException.class, (e, ctx) -> {
            if (e.reason() == AuthenticationException.Reason.LOCKED) {
                send(ctx, 401, "account_locked", e.getMessage(), Map.of("locked_until", e.lockedUntil().toString()));
            } else {
                ctx.header("WWW-Authenticate", "Bearer");
                send(ctx, 401, e.reason() == AuthenticationException.Reason.INVALID_TOKEN ? "invalid_token" : "unauthorized",
                        e.getMessage(), Map.of());
            }
        });
        routes.exception(PermissionDeniedException.class, (e, ctx) -> send(ctx, 403, "forbidden", e.getMessage(), Map.of()));
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, "not_found", e.getMessage(), Map.of()));
        routes.exception(ConflictException.class, (e, ctx) -> send(ctx, 409, "conflict", e.getMessage(), Map.of()));
        routes.exception(InvalidInputException.class, (e, ctx) ->
                send(ctx, 422, "validation_failed", "the request has invalid fields", e.fieldErrors()));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("request {} failed in the store", RequestIds.of(ctx), e);
            send(ctx, 500, "internal_error", "the database failed; see the server log for request " + RequestIds.of(ctx), Map.of());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", RequestIds.of(ctx), e);
            send(ctx, 500, "internal_error", "unexpected failure; see the server log for request " + RequestIds.of(ctx), Map.of());
        });
        // Javalin answers unknown routes itself in plain text: give them the same shape (ours are JSON already).
        routes.error(404, "*", ctx -> {
            if (!isJson(ctx)) {
                send(ctx, 404, "route_not_found", "no such route: " + ctx.method() + " " + ctx.path(), Map.of());
            }
        });
        routes.error(405, "*", ctx -> {
            if (!isJson(ctx)) {
                send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path(), Map.of());
            }
        });
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    static void send(Context ctx, int status, String code, String message, Map<String, ?> details) {
        ctx.status(status).json(new ErrorBody(code, message, details, RequestIds.of(ctx)));
    }
}
