package io.braingobrrr.sync.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.sync.outbox.Attempt;
import io.braingobrrr.sync.outbox.Delivery;
import io.braingobrrr.sync.outbox.OutboxEntry;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Posts one event to a subscription the Standard Webhooks way: body {"type", "timestamp", "data"}, the
 * event id as webhook-id on every attempt, a fresh webhook-timestamp per attempt (receivers reject stale
 * ones), and one v1 signature per active secret. 2xx delivered; 410 disables the subscription; anything
 * else (other 4xx, 5xx, timeout, refused) is retried.
 */
public final class WebhookDelivery implements Delivery {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookSubscriptions subscriptions;
    private final OkHttpClient http;
    private final Clock clock;

    public WebhookDelivery(WebhookSubscriptions subscriptions, OkHttpClient http, Clock clock) {
        this.subscriptions = subscriptions;
        this.http = http;
        this.clock = clock;
    }

    /** The body a receiver gets for an event (also what the OpenAPI webhooks section documents). */
    public static String body(OutboxEntry e) {
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("type", e.eventType());
            n.put("timestamp", e.eventCreatedAt());
            n.set("data", JSON.readTree(e.payload()));
            return JSON.writeValueAsString(n);
        } catch (IOException ex) {
            throw new IllegalStateException("outbox row " + e.id() + " has a payload that is not JSON", ex);
        }
    }

    @Override
    public Attempt deliver(OutboxEntry e) {
        long id = Long.parseLong(e.destination().substring("webhook:".length()));
        WebhookSubscription s;
        try {
            s = subscriptions.get(id);
        } catch (NotFoundException gone) {
            return Attempt.dead("webhook subscription " + id + " was deleted");
        }
        if (!s.active()) return Attempt.dead("webhook subscription " + id + " is disabled"
                + (s.disabledReason() == null ? "" : " (" + s.disabledReason() + ")"));
        List<String> secrets = subscriptions.activeSecrets(id, clock.instant());
        if (secrets.isEmpty()) return Attempt.retry("webhook subscription " + id + " has no active secret");
        String body = body(e);
        long ts = clock.instant().getEpochSecond();
        Request req = new Request.Builder().url(s.url())
                .header("webhook-id", e.eventId())
                .header("webhook-timestamp", Long.toString(ts))
                .header("webhook-signature", WebhookSigner.signatures(e.eventId(), ts, body, secrets))
                .header("User-Agent", "brain-go-brrr-webhooks/1")
                .post(RequestBody.create(body, JSON_TYPE)).build();
        try (Response r = http.newCall(req).execute()) {
            int code = r.code();
            if (code >= 200 && code < 300) return Attempt.delivered("HTTP " + code);
            if (code == 410) {
                String reason = "receiver answered 410 Gone on " + clock.instant();
                subscriptions.disable(id, reason);
                return Attempt.dead(reason + ": subscription disabled");
            }
            return Attempt.retry("HTTP " + code + " from " + s.url());
        } catch (InterruptedIOException timeout) {
            return Attempt.retry("timeout posting to " + s.url());
        } catch (IOException io) {
            return Attempt.retry("cannot reach " + s.url() + ": " + io.getMessage());
        }
    }
}
