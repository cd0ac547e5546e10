package io.braingobrrr.core.review;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Subject;

import java.util.Map;

/** One line per change the review services make, in the shared hash-chained trail. */
final class Audited {
    private Audited() {
    }

    static void record(AuditTrail trail, Subject by, String action, String entity, String id, Map<String, ?> detail) {
        trail.append(new AuditEvent(by.username(), action, entity, id, detail, by.origin(), by.address()));
    }
}
