package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.service.Page;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** Users: list and create (administrators), read one (administrators, or oneself). */
final class UserRoutes {
    record UserView(long id, String username, String displayName, String role, boolean active, boolean mustChangePassword,
                    String lockedUntil, String createdAt, @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    record CreateUser(String username, String displayName, String role, String password, Boolean mustChangePassword) {
    }

    record UpdateUser(String displayName, String role, Boolean active, Boolean mustChangePassword) {
    }

    record ResetPassword(String password, Boolean mustChangePassword) {
    }

    private final ApiServices s;

    UserRoutes(ApiServices s) {
        this.s = s;
    }

    static UserView view(User u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.role().key(), u.active(), u.mustChangePassword(),
                u.lockedUntil() == null ? null : u.lockedUntil().toString(), u.createdAt().toString(),
                Links.of("self", "/users/" + u.id()));
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/users", "users", "List users (admin)", true, null, "page", List.of(200, 403, 422)).returning(UserView.class),
                ctx -> {
                    Page<User> p = s.users().list(Authenticator.require(ctx), Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, p, p.items().stream().map(UserRoutes::view).toList())).send(ctx);
                });
        t.add(new RouteTable.Route("POST", "/users", "users", "Create a user (admin)", true, "json", "json",
                List.of(201, 400, 403, 409, 415, 422)).returning(UserView.class), this::create);
        t.add(new RouteTable.Route("GET", "/users/{id}", "users", "One user (admin, or oneself)", true, null, "json",
                List.of(200, 403, 404)).returning(UserView.class),
                ctx -> ctx.json(view(s.users().get(Authenticator.require(ctx), Params.id(ctx)))));
        t.add(new RouteTable.Route("PATCH", "/users/{id}", "users",
                "Change display_name, role, active, must_change_password (admin); the last active admin stays one",
                true, "json", "json", List.of(200, 400, 403, 404, 409, 415, 422)).returning(UserView.class), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    UpdateUser u = ApiJson.body(ctx, UpdateUser.class);
                    ctx.json(view(s.users().update(by, Params.id(ctx), u.displayName(), u.role(), u.active(), u.mustChangePassword())));
                });
        t.add(new RouteTable.Route("POST", "/users/{id}/password", "users",
                "Set a new password for a user (admin); must_change_password defaults to true; unlocks the account",
                true, "json", "json", List.of(200, 400, 403, 404, 415, 422)).returning(UserView.class), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    ResetPassword r = ApiJson.body(ctx, ResetPassword.class);
                    ctx.json(view(s.users().resetPassword(by, Params.id(ctx),
                            r.password() == null ? new char[0] : r.password().toCharArray(), !Boolean.FALSE.equals(r.mustChangePassword()))));
                });
    }

    private void create(Context ctx) {
        Subject by = Authenticator.require(ctx);
        CreateUser c = ApiJson.body(ctx, CreateUser.class);
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            User u = s.users().create(by, new NewUser(c.username(), c.displayName(), c.role(),
                    c.password() == null ? new char[0] : c.password().toCharArray(), Boolean.TRUE.equals(c.mustChangePassword())));
            return ApiResponse.created(view(u), Links.BASE + "/users/" + u.id());
        });
    }
}
