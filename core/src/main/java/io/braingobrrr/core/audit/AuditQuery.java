package io.braingobrrr.core.audit;

/** Filters for browsing the trail; null fields do not filter. {@code from}/{@code to} are ISO-8601 instants. */
public record AuditQuery(String actor, String action, String entity, String entityId, String from, String to) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
