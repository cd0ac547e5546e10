package io.braingobrrr.core.audit;

/**
 * The result of checking the chain.
 *
 * @param firstBadId the first row whose content or link does not match (null when ok)
 * @param problem    what is wrong with it, in words (null when ok)
 */
public record AuditVerification(long rows, boolean ok, Long firstBadId, String problem) {
}
