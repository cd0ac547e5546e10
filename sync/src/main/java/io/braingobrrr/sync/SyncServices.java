package io.braingobrrr.sync;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.outbox.Attempt;
import io.braingobrrr.sync.outbox.DeliveryEngine;
import io.braingobrrr.sync.outbox.Destinations;
import io.braingobrrr.sync.outbox.OutboxQueue;
import io.braingobrrr.sync.outbox.OutboxWorkers;
import io.braingobrrr.sync.outbox.RetryPolicy;
import io.braingobrrr.sync.webhook.WebhookDelivery;
import io.braingobrrr.sync.webhook.WebhookSubscriptions;
import okhttp3.OkHttpClient;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Wires the outbox, its destinations and their deliveries once per process (GUI, `brrr serve`, CLI). */
public final class SyncServices {
    private final OutboxQueue queue;
    private final WebhookSubscriptions webhooks;
    private final DeliveryEngine engine;
    private final Clock clock;

    public SyncServices(Database db, RetryPolicy policy, Clock clock) {
        this.clock = clock;
        this.queue = new OutboxQueue(db);
        this.webhooks = new WebhookSubscriptions(db);
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(policy.timeout()).retryOnConnectionFailure(false).build();
        WebhookDelivery webhook = new WebhookDelivery(webhooks, http, clock);
        this.engine = new DeliveryEngine(queue, new Destinations(), dest -> {
            if (dest.startsWith("webhook:")) return webhook;
            // TODO(issue 7, FHIR push): route "fhir" to the FHIR bundle delivery once it exists.
            return e -> Attempt.retry("no delivery for destination " + dest + " in this version");
        }, policy, clock, new SecureRandom());
    }

    public static SyncServices create(Database db) {
        return new SyncServices(db, RetryPolicy.defaults(), Clock.systemUTC());
    }

    public OutboxQueue queue() {
        return queue;
    }

    public WebhookSubscriptions webhooks() {
        return webhooks;
    }

    public DeliveryEngine engine() {
        return engine;
    }

    public Clock clock() {
        return clock;
    }

    /** Background delivery; close it to stop. */
    public OutboxWorkers startWorkers(Duration idlePoll) {
        OutboxWorkers w = new OutboxWorkers(engine, idlePoll);
        w.start();
        return w;
    }
}
