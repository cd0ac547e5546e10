package io.braingobrrr.sync.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a subscription can receive and the fields of their {@code data}, documented in the OpenAPI
 * {@code webhooks} section. Payloads carry ids, never PHI: a receiver fetches details over the API.
 */
public final class WebhookEvents {
    /** @param data field name -> JSON type (integer, string) */
    public record EventType(String type, String description, Map<String, String> data) {
    }

    public static final List<EventType> ALL = List.of(
            new EventType("recording.finalised", "A recording is complete: acquisition finished, a file was imported, or an interrupted recording was recovered (origin acquisition, import or recovery).",
                    fields("recording_id", "integer", "origin", "string")),
            new EventType("analysis.completed", "An analysis of a stored recording completed; its results are readable.",
                    fields("analysis_id", "integer", "recording_id", "integer", "type", "string")),
            new EventType("report.signed", "A clinician signed the report of a recording.",
                    fields("report_id", "integer", "recording_id", "integer")),
            new EventType("patient.created", "A patient was added to the worklist.", fields("patient_id", "integer")),
            new EventType("patient.updated", "A patient's demographics changed.", fields("patient_id", "integer")),
            new EventType("webhook.ping", "Sent by POST /webhooks/{id}/ping to test a subscription.",
                    fields("webhook_id", "integer")));

    private WebhookEvents() {
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
