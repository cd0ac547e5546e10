package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.ResultStore;
import io.braingobrrr.sync.analyses.ResultImageRenderer;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Results: the stored JSON (or the recording's PDF report with ?format=pdf), a summary, PNG visualisations. */
final class ResultRoutes {
    record ResultView(long id, long analysisId, long recordingId, String kind, String algorithm, String algorithmVersion,
                      String mediaType, String createdAt, @JsonRawValue String payload,
                      @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    private static final String KINDS = Arrays.stream(ResultImageRenderer.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final ApiServices s;

    ResultRoutes(ApiServices s) {
        this.s = s;
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/results/{id}", "results",
                "A result as JSON (analyses_read); ?format=pdf answers the recording's PDF report (409 until one exists)",
                true, null, "json+pdf", List.of(200, 403, 404, 409, 422)).returning(ResultView.class), this::get);
        t.add(new RouteTable.Route("GET", "/results/{id}/summary", "results",
                "Top-level figures of a result (lists and objects as counts)", true, null, "json", List.of(200, 403, 404)),
                ctx -> ctx.json(s.results().summary(Authenticator.require(ctx), Params.id(ctx))));
        t.add(new RouteTable.Route("GET", "/results/{id}/visualizations/{kind}", "results",
                "PNG of a result: eeg_montage, hypnogram or power_spectrum (query: width, height); 501 when no renderer is wired",
                true, null, "png", List.of(200, 403, 404, 409, 422, 501)), this::image);
    }

    private void get(Context ctx) {
        Subject by = Authenticator.require(ctx);
        long id = Params.id(ctx);
        String format = ctx.queryParam("format");
        if (format == null || format.equalsIgnoreCase("json")) {
            ResultStore.StoredResult r = s.results().get(by, id);
            ctx.json(new ResultView(r.id(), r.analysisId(), r.recordingId(), r.kind(), r.algorithm(), r.algorithmVersion(),
                    r.mediaType(), r.createdAt(), r.payload(), Links.of("self", "/results/" + r.id(), "summary", "/results/" + r.id()
                            + "/summary", "analysis", "/analyses/" + r.analysisId(), "recording", "/recordings/" + r.recordingId(),
                            "pdf", "/results/" + r.id() + "?format=pdf")));
        } else if (format.equalsIgnoreCase("pdf")) {
            byte[] pdf = s.results().pdf(by, id);
            ctx.contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"report-" + id + ".pdf\"").result(pdf);
        } else {
            throw InvalidInputException.of("format", "must be json or pdf, not '" + format + "'");
        }
    }

    private void image(Context ctx) {
        Subject by = Authenticator.require(ctx);
        long id = Params.id(ctx);
        String k = ctx.pathParam("kind");
        ResultImageRenderer.Kind kind;
        try {
            kind = ResultImageRenderer.Kind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "must be one of " + KINDS + ", not '" + k + "'");
        }
        int width = Links.intParam(ctx, "width", 1200);
        int height = Links.intParam(ctx, "height", 800);
        if (width < 100 || width > 4000) throw InvalidInputException.of("width", "must be 100..4000 pixels");
        if (height < 100 || height > 4000) throw InvalidInputException.of("height", "must be 100..4000 pixels");
        s.results().get(by, id);   // 403/404 come before 501
        if (!s.results().canRender()) {
            throw new HttpError(501, "not_implemented", "this server has no image renderer wired (start it with `brrr serve`,"
                    + " which uses the workstation's offscreen renderer)");
        }
        ctx.contentType("image/png").result(s.results().image(by, id, kind, width, height));
    }
}
