package io.braingobrrr.core.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The write side of the transactional outbox (table {@code outbox_events}, migration V4). A service that
 * changes something other systems must hear about calls {@link #record} on the connection of its own
 * transaction, before it commits: the event then exists exactly when the change does. Fan-out to
 * destinations and delivery belong to the sync module.
 */
public final class Outbox {
    /** Dotted lower-case names, as in the Standard Webhooks examples: {@code report.signed}. */
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    private Outbox() {
    }

    /**
     * Adds one event inside the caller's transaction and returns its stable id ({@code evt_} + 32 hex
     * digits), the id every delivery attempt carries so that receivers can deduplicate.
     *
     * @param c           the connection of the transaction that makes the change (not committed here)
     * @param eventType   e.g. {@code recording.finalised}, {@code report.signed}
     * @param subject     what the event is about, e.g. {@code recording:12}; may be null
     * @param payloadJson the event's data as a JSON object text
     */
    public static String record(Connection c, String eventType, String subject, String payloadJson) throws SQLException {
        Objects.requireNonNull(c, "connection");
        if (eventType == null || !EVENT_TYPE.matcher(eventType).matches()) {
            throw new IllegalArgumentException("outbox event type '" + eventType
                    + "' is not a dotted lower-case name such as report.signed");
        }
        if (payloadJson == null || payloadJson.isBlank()) {
            throw new IllegalArgumentException("outbox event " + eventType + " has no payload");
        }
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_events (event_id, event_type, subject, payload) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, eventId);
            ps.setString(2, eventType);
            ps.setString(3, subject);
            ps.setString(4, payloadJson);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("json_valid")) {
                throw new IllegalArgumentException("outbox event " + eventType + ": payload is not valid JSON", e);
            }
            throw e;
        }
        return eventId;
    }
}
