package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.sync.SyncAdmin;
import io.braingobrrr.sync.outbox.OutboxEntry;
import io.braingobrrr.sync.webhook.WebhookSubscription;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Webhook subscriptions (Standard Webhooks): CRUD, the secret shown once, a test ping, deliveries, secret rotation. */
final class WebhookRoutes {
    record WebhookView(long id, String url, String description, List<String> eventTypes, boolean active, String disabledReason,
                       String createdAt, String secret, @JsonProperty("_links") Map<String, Links.Link> links) {
        static WebhookView of(WebhookSubscription s, String secret) {
            return new WebhookView(s.id(), s.url(), s.description(), s.eventTypes(), s.active(), s.disabledReason(), s.createdAt(),
                    secret, Links.of("self", "/webhooks/" + s.id(), "deliveries", "/webhooks/" + s.id() + "/deliveries",
                            "ping", "/webhooks/" + s.id() + "/ping"));
        }
    }

    record WebhookRequest(String url, String description, List<String> eventTypes, Boolean active) {
    }

    record Rotation(Long overlapHours) {
    }

    private final ApiServices s;
    private final SyncAdmin admin;

    WebhookRoutes(ApiServices s, SyncAdmin admin) {
        this.s = s;
        this.admin = admin;
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/webhooks", "webhooks", "Webhook subscriptions (sync_manage)", true, null, "page",
                List.of(200, 403, 422)), ctx -> {
                    List<WebhookView> all = admin.webhooks(Authenticator.require(ctx)).stream().map(w -> WebhookView.of(w, null)).toList();
                    var page = slice(all, Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, page, page.items())).send(ctx);
                });
        t.add(new RouteTable.Route("POST", "/webhooks", "webhooks",
                "Subscribe a URL (event_types: [] = all); the answer holds the signing secret, shown only this once",
                true, "json", "json", List.of(201, 400, 403, 415, 422)), this::create);
        t.add(new RouteTable.Route("GET", "/webhooks/{id}", "webhooks", "One subscription (no secret)", true, null, "json",
                List.of(200, 403, 404)), ctx -> ctx.json(WebhookView.of(admin.webhook(Authenticator.require(ctx), Params.id(ctx)), null)));
        t.add(new RouteTable.Route("PATCH", "/webhooks/{id}", "webhooks", "Change url, description, event_types or active",
                true, "json", "json", List.of(200, 400, 403, 404, 415, 422)), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    WebhookRequest r = ApiJson.body(ctx, WebhookRequest.class);
                    ctx.json(WebhookView.of(admin.updateWebhook(by, Params.id(ctx), r.url(), r.description(), r.eventTypes(),
                            r.active()), null));
                });
        t.add(new RouteTable.Route("DELETE", "/webhooks/{id}", "webhooks", "Unsubscribe (pending deliveries are dead-lettered)",
                true, null, null, List.of(204, 403, 404)), ctx -> {
                    admin.deleteWebhook(Authenticator.require(ctx), Params.id(ctx));
                    ctx.status(204);
                });
        t.add(new RouteTable.Route("POST", "/webhooks/{id}/ping", "webhooks", "Queue a signed webhook.ping to this subscription",
                true, null, "json", List.of(202, 403, 404)), ctx -> {
                    String eventId = admin.ping(Authenticator.require(ctx), Params.id(ctx));
                    ctx.status(202).json(Map.of("event_id", eventId, "_links", Links.of("deliveries",
                            "/webhooks/" + Params.id(ctx) + "/deliveries")));
                });
        t.add(new RouteTable.Route("POST", "/webhooks/{id}/secret", "webhooks",
                "Rotate: a new secret (shown once); the old ones keep signing for overlap_hours (default 24)",
                true, "json", "json", List.of(201, 400, 403, 404, 415, 422)), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    Rotation r = ApiJson.body(ctx, Rotation.class);
                    long hours = r.overlapHours() == null ? 24 : r.overlapHours();
                    if (hours < 0 || hours > 24 * 30) {
                        throw io.braingobrrr.core.service.InvalidInputException.of("overlap_hours", "must be 0..720, not " + hours);
                    }
                    String secret = admin.rotateSecret(by, Params.id(ctx), Duration.ofHours(hours));
                    ctx.status(201).json(Map.of("secret", secret, "overlap_hours", hours));
                });
        t.add(new RouteTable.Route("GET", "/webhooks/{id}/deliveries", "webhooks",
                "Deliveries to this subscription (filter: status), with attempts, last error, next attempt", true, null, "page",
                List.of(200, 403, 404, 422)), ctx -> {
                    Subject by = Authenticator.require(ctx);
                    long id = Params.id(ctx);
                    admin.webhook(by, id);
                    Page<OutboxEntry> p = admin.queue(by, ctx.queryParam("status"), WebhookSubscription.destinationOf(id),
                            Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, p, p.items().stream().map(OutboxRoutes.EntryView::of).toList())).send(ctx);
                });
    }

    private void create(Context ctx) {
        Subject by = Authenticator.require(ctx);
        WebhookRequest r = ApiJson.body(ctx, WebhookRequest.class);
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            WebhookSubscription w = admin.createWebhook(by, r.url(), r.description(), r.eventTypes());
            return ApiResponse.created(WebhookView.of(w, w.secrets().get(0)), Links.BASE + "/webhooks/" + w.id());
        });
    }

    private static <T> Page<T> slice(List<T> all, int page, int size) {
        long from = Math.min(all.size(), Page.offsetOf(page, size));
        return new Page<>(all.subList((int) from, (int) Math.min(all.size(), from + size)), all.size(), page, size);
    }
}
