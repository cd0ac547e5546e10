package io.braingobrrr.sync.api;

import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.sync.SyncAdmin;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.RetryPolicy;

import java.time.Clock;

/** Registers the sync resources (webhooks, outbox) over one {@link SyncAdmin}. */
final class SyncRoutes {
    private SyncRoutes() {
    }

    static void register(RouteTable table, ApiServices services, Clock clock) {
        SyncAdmin admin = new SyncAdmin(new SyncServices(services.db(), RetryPolicy.defaults(), clock), new AuditTrail(services.db()));
        new WebhookRoutes(services, admin).register(table);
        new OutboxRoutes(admin).register(table);
    }
}
