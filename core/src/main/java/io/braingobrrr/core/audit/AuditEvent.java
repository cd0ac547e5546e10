package io.braingobrrr.core.audit;

import java.util.Map;

/**
 * One thing to record: who did what to which entity, from where.
 *
 * @param actor   username, API client id or "system"
 * @param action  dotted verb, e.g. user.login.failed, recording.delete, patient.read
 * @param detail  a few flat facts (strings, numbers, booleans); never passwords or tokens
 * @param origin  gui, cli, api or system
 * @param address client IP or host name
 */
public record AuditEvent(String actor, String action, String entity, String entityId, Map<String, ?> detail,
                         String origin, String address) {
    public AuditEvent {
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("an audit event needs an actor");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("an audit event needs an action");
        if (origin == null || origin.isBlank()) throw new IllegalArgumentException("an audit event needs an origin");
        detail = detail == null ? Map.of() : detail;
    }
}
