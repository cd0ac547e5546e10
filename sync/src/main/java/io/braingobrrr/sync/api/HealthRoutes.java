package io.braingobrrr.sync.api;

import io.braingobrrr.core.audit.AuditVerification;

import java.util.List;
import java.util.function.Supplier;

/** Health for monitors, detailed health for administrators, Prometheus metrics and the OpenAPI document. */
final class HealthRoutes {
    record Health(String status) {
    }

    record Detailed(String status, long uptimeS, String java, long heapUsedBytes, long heapMaxBytes,
                    AuditRoutes.Verification audit) {
    }

    private static final byte[] OK = ApiJson.bytes(new Health("ok"));
    private final ApiServices s;
    private final Supplier<List<RouteTable.Route>> routes;

    HealthRoutes(ApiServices s, Supplier<List<RouteTable.Route>> routes) {
        this.s = s;
        this.routes = routes;
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/health", "health", "Liveness (not rate limited)", false, null, "json", List.of(200)),
                ctx -> ctx.contentType("application/json").result(OK));
        t.add(new RouteTable.Route("GET", "/health/detailed", "health", "Uptime, memory and audit chain state (admin)",
                true, null, "json", List.of(200, 403)), ctx -> {
                    AuditVerification v = s.audit().verify(Authenticator.require(ctx));
                    Runtime rt = Runtime.getRuntime();
                    ctx.json(new Detailed(v.ok() ? "ok" : "degraded", s.metrics().uptimeSeconds(), System.getProperty("java.version"),
                            rt.totalMemory() - rt.freeMemory(), rt.maxMemory(), AuditRoutes.Verification.of(v)));
                });
        t.add(new RouteTable.Route("GET", "/metrics", "health", "Prometheus text metrics (not rate limited)", false, null, "text",
                List.of(200)), ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(s.metrics().prometheus()));
        t.add(new RouteTable.Route("GET", "/openapi.json", "health", "This API as an OpenAPI 3.1 document", false, null, "json",
                List.of(200)), ctx -> ctx.contentType("application/json").result(OpenApiDocument.build(routes.get())));
    }
}
