package io.braingobrrr.core.identity;

import io.braingobrrr.core.audit.AuditEntry;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.audit.AuditVerification;
import io.braingobrrr.core.service.Page;

/**
 * The audit trail as users see it: browsing and verifying need audit_read (administrators). It lives here,
 * not in core.audit, because the trail itself sits below identity (sign-ins are written into it).
 */
public final class AuditService {
    private final AuditTrail trail;

    public AuditService(AuditTrail trail) {
        this.trail = trail;
    }

    public Page<AuditEntry> browse(Subject by, AuditQuery query, int page, int size) {
        by.require(Permission.AUDIT_READ);
        return trail.page(query, page, size);
    }

    public AuditVerification verify(Subject by) {
        by.require(Permission.AUDIT_READ);
        return trail.verify();
    }
}
