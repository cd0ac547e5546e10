package io.braingobrrr.sync.outbox;

/**
 * One row of the delivery queue: one event for one destination.
 *
 * @param eventId       the stable id of the event (webhook-id), the same on every attempt
 * @param nextAttemptAt when a pending row may be tried again (ISO-8601 instant)
 */
public record OutboxEntry(long id, String destination, String eventId, String eventType, String subject, String payload,
                          String status, int attempts, String nextAttemptAt, String createdAt, String eventCreatedAt,
                          String deliveredAt, String lastError) {
}
