package io.braingobrrr.sync.api;

import io.braingobrrr.core.audit.AuditEntry;
import io.braingobrrr.core.audit.AuditQuery;
import io.braingobrrr.core.audit.AuditVerification;
import io.braingobrrr.core.service.Page;

import java.util.List;

/** The audit trail for administrators: browse with filters, verify the chain. */
final class AuditRoutes {
    record Verification(long rows, boolean ok, Long firstBadRow, String problem) {
        static Verification of(AuditVerification v) {
            return new Verification(v.rows(), v.ok(), v.firstBadId(), v.problem());
        }
    }

    private final ApiServices s;

    AuditRoutes(ApiServices s) {
        this.s = s;
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/audit", "audit",
                "Audit rows, newest first (filters: actor, action, entity, entity_id, from, to) (admin)",
                true, null, "page", List.of(200, 403, 422)), ctx -> {
                    AuditQuery q = new AuditQuery(ctx.queryParam("actor"), ctx.queryParam("action"), ctx.queryParam("entity"),
                            ctx.queryParam("entity_id"), ctx.queryParam("from"), ctx.queryParam("to"));
                    Page<AuditEntry> p = s.audit().browse(Authenticator.require(ctx), q, Links.page(ctx), Links.size(ctx));
                    ApiResponse.ok(Links.page(ctx, p, p.items())).send(ctx);
                });
        t.add(new RouteTable.Route("GET", "/audit/verify", "audit", "Check the hash chain (admin)", true, null, "json",
                List.of(200, 403)).returning(Verification.class),
                ctx -> ctx.json(Verification.of(s.audit().verify(Authenticator.require(ctx)))));
    }
}
