package io.braingobrrr.sync;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.sync.outbox.DestinationSummary;
import io.braingobrrr.sync.outbox.OutboxEntry;
import io.braingobrrr.sync.webhook.WebhookSubscription;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sync queue and webhook subscriptions for every front end (API, GUI), with the permission check
 * (sync_manage) and the audit row in one place. Secrets are never written to the audit trail.
 */
public final class SyncAdmin {
    private static final Set<String> STATUSES = Set.of("pending", "delivered", "dead");

    private final SyncServices sync;
    private final AuditTrail audit;

    public SyncAdmin(SyncServices sync, AuditTrail audit) {
        this.sync = sync;
        this.audit = audit;
    }

    public List<DestinationSummary> destinations(Subject by) {
        by.require(Permission.SYNC_MANAGE);
        sync.engine().dispatch();
        return sync.queue().summary();
    }

    public Page<OutboxEntry> queue(Subject by, String status, String destination, int page, int size) {
        by.require(Permission.SYNC_MANAGE);
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidInputException.of("status", "must be pending, delivered or dead, not '" + status + "'");
        }
        return sync.queue().list(status, destination, page, size);
    }

    public void retry(Subject by, long id) {
        by.require(Permission.SYNC_MANAGE);
        sync.queue().retry(id, sync.clock().instant());
        log(by, "outbox.retry", "outbox", Long.toString(id));
    }

    public void redeliver(Subject by, long id) {
        by.require(Permission.SYNC_MANAGE);
        sync.queue().redeliver(id, sync.clock().instant());
        log(by, "outbox.redeliver", "outbox", Long.toString(id));
    }

    public void pause(Subject by, String destination, boolean paused) {
        by.require(Permission.SYNC_MANAGE);
        if (!destination.equals("fhir") && !destination.matches("webhook:[0-9]+")) {
            throw InvalidInputException.of("destination", "must be fhir or webhook:<id>, not '" + destination + "'");
        }
        sync.queue().setPaused(destination, paused, sync.clock().instant());
        log(by, paused ? "outbox.pause" : "outbox.resume", "destination", destination);
    }

    public List<WebhookSubscription> webhooks(Subject by) {
        by.require(Permission.SYNC_MANAGE);
        return sync.webhooks().list();
    }

    public WebhookSubscription webhook(Subject by, long id) {
        by.require(Permission.SYNC_MANAGE);
        return sync.webhooks().get(id);
    }

    /** The returned subscription carries its secret: the only time anyone sees it. */
    public WebhookSubscription createWebhook(Subject by, String url, String description, List<String> eventTypes) {
        by.require(Permission.SYNC_MANAGE);
        WebhookSubscription s = sync.webhooks().create(url, description, eventTypes);
        log(by, "webhook.create", "webhook", Long.toString(s.id()));
        return s;
    }

    public WebhookSubscription updateWebhook(Subject by, long id, String url, String description, List<String> eventTypes,
                                             Boolean active) {
        by.require(Permission.SYNC_MANAGE);
        WebhookSubscription s = sync.webhooks().update(id, url, description, eventTypes, active);
        log(by, "webhook.update", "webhook", Long.toString(id));
        return s;
    }

    public void deleteWebhook(Subject by, long id) {
        by.require(Permission.SYNC_MANAGE);
        sync.webhooks().delete(id);
        sync.queue().deadAllPending(WebhookSubscription.destinationOf(id), "webhook subscription " + id + " was deleted");
        log(by, "webhook.delete", "webhook", Long.toString(id));
    }

    /** A new secret (shown once); the old ones keep signing for {@code overlap}. */
    public String rotateSecret(Subject by, long id, Duration overlap) {
        by.require(Permission.SYNC_MANAGE);
        String secret = sync.webhooks().rotateSecret(id, overlap, sync.clock().instant());
        log(by, "webhook.rotate_secret", "webhook", Long.toString(id));
        return secret;
    }

    /** Queues a webhook.ping for this subscription only; returns the event id. */
    public String ping(Subject by, long id) {
        by.require(Permission.SYNC_MANAGE);
        WebhookSubscription s = sync.webhooks().get(id);
        return sync.queue().enqueue(s.destination(), "webhook.ping", "{\"webhook_id\":" + id + "}", sync.clock().instant());
    }

    private void log(Subject by, String action, String entity, String id) {
        audit.append(new AuditEvent(by.username(), action, entity, id, Map.of(), by.origin(), by.address()));
    }
}
