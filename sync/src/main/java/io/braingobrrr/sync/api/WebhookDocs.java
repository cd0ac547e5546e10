package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.braingobrrr.sync.webhook.WebhookEvents;

import java.util.Map;

/**
 * The OpenAPI {@code webhooks} section: one POST per event type as receivers get it, with the Standard
 * Webhooks headers and the envelope {type, timestamp, data}; data's schema per event type.
 */
final class WebhookDocs {
    private WebhookDocs() {
    }

    static void add(ObjectNode webhooks, ObjectNode schemas) {
        for (WebhookEvents.EventType e : WebhookEvents.ALL) {
            String schema = "Event_" + e.type().replace('.', '_');
            ObjectNode s = schemas.putObject(schema).put("type", "object").put("description", e.description());
            s.putArray("required").add("type").add("timestamp").add("data");
            ObjectNode p = s.putObject("properties");
            p.putObject("type").put("type", "string").put("const", e.type());
            p.putObject("timestamp").put("type", "string").put("format", "date-time").put("description", "when the event happened");
            ObjectNode data = p.putObject("data").put("type", "object");
            ObjectNode dp = data.putObject("properties");
            var req = data.putArray("required");
            for (Map.Entry<String, String> f : e.data().entrySet()) {
                dp.putObject(f.getKey()).put("type", f.getValue());
                req.add(f.getKey());
            }

            ObjectNode post = webhooks.putObject(e.type()).putObject("post");
            post.put("summary", e.description());
            post.put("operationId", "webhook_" + e.type().replace('.', '_'));
            var params = post.putArray("parameters");
            header(params.addObject(), "webhook-id", "The event's stable id: the same on every attempt; deduplicate on it");
            header(params.addObject(), "webhook-timestamp", "Unix seconds of this attempt; reject it when more than 5 minutes off");
            header(params.addObject(), "webhook-signature",
                    "Space-separated v1,<base64 HMAC-SHA256 of id.timestamp.body>, one per active secret (key: base64 after whsec_)");
            post.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                    .putObject("schema").put("$ref", "#/components/schemas/" + schema);
            ObjectNode responses = post.putObject("responses");
            responses.putObject("2XX").put("description", "Received: not sent again");
            responses.putObject("410").put("description", "Gone: the subscription is disabled, nothing more is sent");
            responses.putObject("default").put("description", "Any other status or a timeout: retried with backoff");
        }
    }

    private static void header(ObjectNode p, String name, String description) {
        p.put("name", name).put("in", "header").put("required", true).put("description", description)
                .putObject("schema").put("type", "string");
    }
}
