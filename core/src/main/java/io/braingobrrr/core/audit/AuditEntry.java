package io.braingobrrr.core.audit;

/** One stored row of the audit trail, exactly as hashed. {@code detail} is JSON text or null. */
public record AuditEntry(long id, String at, String actor, String action, String entity, String entityId,
                         String detail, String origin, String address, String prevHash, String hash) {
}
