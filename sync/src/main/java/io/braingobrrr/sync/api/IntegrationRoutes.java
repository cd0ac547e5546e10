package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.ApiClient;
import io.braingobrrr.core.identity.ApiClientService;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.Page;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Integration clients (API keys): create (the key is in that answer only), list, read, revoke. Administrators only. */
final class IntegrationRoutes {
    record ClientView(long id, String name, String role, String keyPrefix, String createdBy, String createdAt,
                      String lastUsedAt, String revokedAt, @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    /** The answer to a create: the client and, this once, its key. */
    record CreatedView(@JsonProperty("client") ClientView client, String apiKey, String usage) {
    }

    record CreateClient(String name, String role) {
    }

    private final ApiServices s;

    IntegrationRoutes(ApiServices s) {
        this.s = s;
    }

    static ClientView view(ApiClient c) {
        return new ClientView(c.id(), c.name(), c.role().key(), c.keyPrefix(), c.createdBy(), text(c.createdAt()),
                text(c.lastUsedAt()), text(c.revokedAt()), Links.of("self", "/integrations/clients/" + c.id()));
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/integrations/clients", "integrations", "List integration clients (admin); keys are never shown again",
                true, null, "page", List.of(200, 403, 422)).returning(ClientView.class), ctx -> {
                    Page<ApiClient> p = s.clients().list(Authenticator.require(ctx), Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, p, p.items().stream().map(IntegrationRoutes::view).toList())).send(ctx);
                });
        t.add(new RouteTable.Route("POST", "/integrations/clients", "integrations",
                "Create an integration client {name, role} (admin); the answer holds its API key, shown this once",
                true, "json", "json", List.of(201, 400, 403, 409, 415, 422)).returning(CreatedView.class), this::create);
        t.add(new RouteTable.Route("GET", "/integrations/clients/{id}", "integrations", "One integration client (admin)",
                true, null, "json", List.of(200, 403, 404)).returning(ClientView.class),
                ctx -> ctx.json(view(s.clients().get(Authenticator.require(ctx), Params.id(ctx)))));
        t.add(new RouteTable.Route("DELETE", "/integrations/clients/{id}", "integrations",
                "Revoke an integration client's key at once (admin); the client stays listed as revoked",
                true, null, "json", List.of(200, 403, 404, 409)).returning(ClientView.class),
                ctx -> ctx.json(view(s.clients().revoke(Authenticator.require(ctx), Params.id(ctx)))));
    }

    private void create(Context ctx) {
        Subject by = Authenticator.require(ctx);
        CreateClient c = ApiJson.body(ctx, CreateClient.class);
        // No Idempotency-Key replay here: replaying would mean storing the key in clear. Names are unique, so a
        // repeated create is a 409 and never makes a second key.
        ApiClientService.Created made = s.clients().create(by, c.name(), c.role());
        ApiResponse.created(new CreatedView(view(made.client()), made.key(),
                "send 'X-API-Key: <api_key>' or 'Authorization: ApiKey <api_key>'; the key cannot be shown again"),
                Links.BASE + "/integrations/clients/" + made.client().id()).send(ctx);
    }
}
