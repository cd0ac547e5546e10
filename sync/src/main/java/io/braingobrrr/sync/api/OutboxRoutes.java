package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.sync.SyncAdmin;
import io.braingobrrr.sync.outbox.OutboxEntry;

import java.util.List;
import java.util.Map;

/** The sync queue: rows with status, attempts, last error, next attempt; retry, redeliver; pause and resume a destination. */
final class OutboxRoutes {
    record EntryView(long id, String destination, String eventId, String eventType, String subject, String status, int attempts,
                     String nextAttemptAt, String createdAt, String deliveredAt, String lastError,
                     @JsonProperty("_links") Map<String, Links.Link> links) {
        static EntryView of(OutboxEntry e) {
            return new EntryView(e.id(), e.destination(), e.eventId(), e.eventType(), e.subject(), e.status(), e.attempts(),
                    e.status().equals("pending") ? e.nextAttemptAt() : null, e.createdAt(), e.deliveredAt(), e.lastError(),
                    Links.of("retry", "/outbox/" + e.id() + "/retry",
                            "redeliver", "/outbox/" + e.id() + "/redeliver"));
        }
    }

    private final SyncAdmin admin;

    OutboxRoutes(SyncAdmin admin) {
        this.admin = admin;
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/outbox", "outbox", "Queue rows, oldest first (filters: status, destination) (sync_manage)",
                true, null, "page", List.of(200, 403, 422)), ctx -> {
                    Page<OutboxEntry> p = admin.queue(Authenticator.require(ctx), ctx.queryParam("status"),
                            ctx.queryParam("destination"), Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, p, p.items().stream().map(EntryView::of).toList())).send(ctx);
                });
        t.add(new RouteTable.Route("GET", "/outbox/destinations", "outbox", "Pending, delivered, dead and paused per destination",
                true, null, "json", List.of(200, 403)),
                ctx -> ctx.json(Map.of("destinations", admin.destinations(Authenticator.require(ctx)))));
        t.add(new RouteTable.Route("POST", "/outbox/{id}/retry", "outbox", "Queue a dead-lettered row again", true, null, null,
                List.of(204, 403, 404, 409)), ctx -> {
                    admin.retry(Authenticator.require(ctx), Params.id(ctx));
                    ctx.status(204);
                });
        t.add(new RouteTable.Route("POST", "/outbox/{id}/redeliver", "outbox", "Send a delivered row again (same event id)",
                true, null, null, List.of(204, 403, 404, 409)), ctx -> {
                    admin.redeliver(Authenticator.require(ctx), Params.id(ctx));
                    ctx.status(204);
                });
        for (String verb : List.of("pause", "resume")) {
            t.add(new RouteTable.Route("POST", "/outbox/destinations/{name}/" + verb, "outbox",
                    (verb.equals("pause") ? "Pause" : "Resume") + " delivery to a destination (fhir, webhook:<id>)", true, null, null,
                    List.of(204, 403, 422)), ctx -> {
                        Subject by = Authenticator.require(ctx);
                        admin.pause(by, ctx.pathParam("name"), verb.equals("pause"));
                        ctx.status(204);
                    });
        }
    }
}
