package io.braingobrrr.sync;

import io.braingobrrr.core.setup.InstallationSettings;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.fhir.FhirBundle;
import io.braingobrrr.sync.fhir.FhirEndpoints;
import io.braingobrrr.sync.fhir.FhirPush;
import io.braingobrrr.sync.fhir.StudyLoader;
import io.braingobrrr.sync.outbox.Attempt;
import io.braingobrrr.sync.outbox.DeliveryEngine;
import io.braingobrrr.sync.outbox.Destinations;
import io.braingobrrr.sync.outbox.OutboxQueue;
import io.braingobrrr.sync.outbox.OutboxWorkers;
import io.braingobrrr.sync.outbox.RetryPolicy;
import io.braingobrrr.sync.outbox.TargetAddresses;
import io.braingobrrr.sync.webhook.WebhookDelivery;
import io.braingobrrr.sync.webhook.WebhookSubscriptions;
import okhttp3.OkHttpClient;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Wires the outbox, its destinations and their deliveries once per process (GUI, `brrr serve`, CLI). */
public final class SyncServices {
    private final OutboxQueue queue;
    private final WebhookSubscriptions webhooks;
    private final DeliveryEngine engine;
    private final Clock clock;
    private final FhirEndpoints fhirEndpoints;
    private final FhirPush fhir;
    /** Namespace of the identifiers this installation gives FHIR resources (MRN, report, observation). */
    public static final String IDENTIFIER_BASE = System.getProperty("brrr.fhir.identifier-base", "urn:brain-go-brrr");
    static final String DEFAULT_MRN_SYSTEM = IDENTIFIER_BASE + ":mrn";
    private final InstallationSettings settings;

    public SyncServices(Database db, RetryPolicy policy, Clock clock) {
        this.clock = clock;
        this.queue = new OutboxQueue(db);
        this.webhooks = new WebhookSubscriptions(db);
        TargetAddresses targets = new TargetAddresses();
        // redirects are not followed: a receiver that answers 3xx would otherwise steer our signed POSTs elsewhere
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(policy.timeout()).retryOnConnectionFailure(false)
                .dns(targets).addInterceptor(targets).followRedirects(false).followSslRedirects(false).build();
        WebhookDelivery webhook = new WebhookDelivery(webhooks, http, clock);
        this.fhirEndpoints = new FhirEndpoints(db);
        this.settings = new InstallationSettings(db);
        this.fhir = new FhirPush(new StudyLoader(db, ZoneId.systemDefault()), new FhirBundle(IDENTIFIER_BASE, this::mrnSystem),
                fhirEndpoints::active, http, clock, "Brain-Go-Brrr workstation");
        this.engine = new DeliveryEngine(queue, new Destinations(), dest -> {
            if (dest.startsWith("webhook:")) return webhook;
            if (dest.equals(Destinations.FHIR)) return fhir;
            return e -> Attempt.dead("unknown destination " + dest);
        }, policy, clock, new SecureRandom());
    }

    /** The hospital's MRN system when an admin set it; else this installation's own namespace (which no hospital server knows). */
    public String mrnSystem() {
        return mrnSystem(settings);
    }

    public static String mrnSystem(InstallationSettings settings) {
        return settings.fhirMrnSystem().orElse(DEFAULT_MRN_SYSTEM);
    }

    /** Whether patients would be pushed under this installation's own MRN system, not the hospital's. */
    public boolean mrnSystemIsDefault() {
        return settings.fhirMrnSystem().isEmpty();
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

    public FhirPush fhir() {
        return fhir;
    }

    public FhirEndpoints fhirEndpoints() {
        return fhirEndpoints;
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
