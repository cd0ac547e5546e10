package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.sync.analyses.AnalysisService;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analyses: start (202 + Location), batch, status with progress and stage, cancel. */
final class AnalysisRoutes {
    private static final String[] PRIORITIES = {"normal", "expedite", "urgent"};

    record ResultRef(long id, String kind, String algorithm, String algorithmVersion, @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    record AnalysisView(long id, long recordingId, String type, String status, String priority, double progress, String stage,
                        String error, List<ResultRef> results, @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    record NewAnalysis(Long recordingId, String type, String priority, Map<String, Object> parameters) {
    }

    record NewBatch(List<Long> recordingIds, String type, String priority, Map<String, Object> parameters) {
    }

    record BatchView(List<AnalysisView> items) {
    }

    private final ApiServices s;

    AnalysisRoutes(ApiServices s) {
        this.s = s;
    }

    static AnalysisView view(ResultStore.Analysis a, List<ResultStore.Result> results) {
        String self = "/analyses/" + a.id();
        Map<String, Links.Link> links = new LinkedHashMap<>(Links.of("self", self, "recording", "/recordings/" + a.recordingId()));
        if (a.status().equals("queued") || a.status().equals("running")) links.putAll(Links.of("cancel", self + "/cancel"));
        List<ResultRef> refs = results.stream().map(r -> new ResultRef(r.id(), r.kind(), r.algorithm(), r.algorithmVersion(),
                Links.of("self", "/results/" + r.id(), "summary", "/results/" + r.id() + "/summary"))).toList();
        String priority = a.priority() >= 0 && a.priority() < PRIORITIES.length ? PRIORITIES[a.priority()] : Integer.toString(a.priority());
        return new AnalysisView(a.id(), a.recordingId(), a.type(), a.status(), priority, a.progress(), a.stage(), a.error(), refs, links);
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("POST", "/analyses", "analyses",
                "Start an analysis {recording_id, type: quick|standard|comprehensive|custom, priority: normal|expedite|urgent,"
                        + " parameters} (analyses_write); 202 with Location", true, "json", "json",
                List.of(202, 400, 403, 415, 422)).returning(AnalysisView.class), ctx -> {
                    NewAnalysis n = ApiJson.body(ctx, NewAnalysis.class);
                    if (n.recordingId() == null) throw InvalidInputException.of("recording_id", "is required");
                    start(ctx, n.recordingId(), n.type(), n.priority(), n.parameters());
                });
        t.add(new RouteTable.Route("POST", "/recordings/{id}/analyses", "analyses",
                "Start an analysis of this recording {type, priority, parameters} (analyses_write); 202 with Location",
                true, "json", "json", List.of(202, 400, 403, 415, 422)).returning(AnalysisView.class), ctx -> {
                    long id = Params.id(ctx);
                    NewAnalysis n = ApiJson.body(ctx, NewAnalysis.class);
                    start(ctx, id, n.type(), n.priority(), n.parameters());
                });
        t.add(new RouteTable.Route("POST", "/analyses/batch", "analyses",
                "Start one analysis per recording {recording_ids, type, priority} (analyses_write); all or none are queued",
                true, "json", "json", List.of(202, 400, 403, 415, 422)).returning(BatchView.class), this::batch);
        t.add(new RouteTable.Route("GET", "/analyses/{id}", "analyses", "Status, progress (0..1), stage and results of an analysis",
                true, null, "json", List.of(200, 403, 404)).returning(AnalysisView.class), ctx -> {
                    var st = s.analyses().status(Authenticator.require(ctx), Params.id(ctx));
                    ctx.json(view(st.analysis(), st.results()));
                });
        t.add(new RouteTable.Route("POST", "/analyses/{id}/cancel", "analyses",
                "Cancel a queued or running analysis (analyses_write); 409 once it has ended", true, null, "json",
                List.of(200, 403, 404, 409)).returning(AnalysisView.class), ctx -> {
                    ResultStore.Analysis a = s.analyses().cancel(Authenticator.require(ctx), Params.id(ctx));
                    ctx.json(view(a, List.of()));
                });
    }

    private void start(Context ctx, long recordingId, String type, String priority, Map<String, Object> parameters) {
        Subject by = Authenticator.require(ctx);
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            ResultStore.Analysis a = s.analyses().submit(by, recordingId, type, priority, parameters);
            return new ApiResponse(202, view(a, List.of()), Links.BASE + "/analyses/" + a.id());
        });
    }

    private void batch(Context ctx) {
        Subject by = Authenticator.require(ctx);
        NewBatch b = ApiJson.body(ctx, NewBatch.class);
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            List<AnalysisView> items = s.analyses().submitAll(by, b.recordingIds(), b.type(), b.priority(), b.parameters())
                    .stream().map(a -> view(a, List.of())).toList();
            return new ApiResponse(202, new BatchView(items), null);
        });
    }
}
