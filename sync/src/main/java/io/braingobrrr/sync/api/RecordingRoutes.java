package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.clinical.RecordingDetails;
import io.braingobrrr.core.clinical.SampleBlock;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.RecordingFilter;
import io.braingobrrr.core.store.RecordingStatus;
import io.braingobrrr.core.store.RecordingSummary;
import io.javalin.http.Context;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recordings: list, read, upload (streamed EDF/BDF), download, soft delete, samples, annotations. */
final class RecordingRoutes {
    record RecordingView(long id, Long patientId, String sourceFile, String sha256, String format, String startTime,
                         double durationS, int signalCount, String status, String createdAt,
                         @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    record SignalView(int index, String label, String kind, String electrode, String unit, double sampleRateHz,
                      double physicalMin, double physicalMax, String prefilter) {
    }

    record DetailView(@JsonProperty("recording") RecordingView recording, List<SignalView> signals, int annotationCount,
                      String patientIdentification, String recordingIdentification, List<String> warnings) {
    }

    record AnnotationView(double onsetS, Double durationS, String text) {
    }

    record NewAnnotation(Double onsetS, Double durationS, String text) {
    }

    record SamplesView(String channel, String unit, double sampleRateHz, long firstSample, double startS, float[] values) {
    }

    private final ApiServices s;
    private final Uploads uploads;

    RecordingRoutes(ApiServices s) {
        this.s = s;
        this.uploads = new Uploads(s);
    }

    static RecordingView view(RecordingSummary r) {
        // One map filled in place (a page builds ten of these per request; see docs/notes/api-benchmark.md).
        String self = "/recordings/" + r.id();
        Map<String, Links.Link> links = Links.of("self", self, "samples", self + "/samples{?channel,from,to}",
                "annotations", self + "/annotations", "file", self + "/file");
        if (r.patientId() != null) links.put("patient", Links.to("/patients/" + r.patientId()));
        return new RecordingView(r.id(), r.patientId(), r.sourceFile(), r.sourceSha256(), r.format().label(),
                r.startTime().toString(), r.durationSeconds(), r.signalCount(), r.status().name().toLowerCase(Locale.ROOT),
                r.createdAt().toString(), links);
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/recordings", "recordings",
                "List recordings, newest first (filters: patient_id, format, status, started_from, started_before)",
                true, null, "page", List.of(200, 422)).returning(RecordingView.class), this::list);
        t.add(new RouteTable.Route("POST", "/recordings", "recordings",
                "Upload an EDF/BDF file as the raw body (query: filename, patient_id); streamed, size-limited, SHA-256 recorded",
                true, "edf", "json", List.of(201, 403, 413, 415, 422)).returning(RecordingView.class), uploads::upload);
        t.add(new RouteTable.Route("GET", "/recordings/{id}", "recordings", "One recording with its signals", true, null, "json",
                List.of(200, 404)).returning(DetailView.class), ctx -> {
                    RecordingDetails d = s.recordings().details(Authenticator.require(ctx), Params.id(ctx));
                    List<SignalView> signals = new ArrayList<>();
                    for (int i = 0; i < d.signals().size(); i++) {
                        SignalInfo x = d.signals().get(i);
                        signals.add(new SignalView(i, x.label(), x.kind().name(), x.electrode(), x.physicalDimension(),
                                x.sampleRateHz(), x.physicalMin(), x.physicalMax(), x.prefilter()));
                    }
                    ctx.json(new DetailView(view(d.summary()), signals, d.annotationCount(), d.patientIdentification(),
                            d.recordingIdentification(), d.warnings()));
                });
        t.add(new RouteTable.Route("DELETE", "/recordings/{id}", "recordings", "Soft-delete a recording (eeg_write)", true, null,
                null, List.of(204, 403, 404)), ctx -> {
                    s.recordings().delete(Authenticator.require(ctx), Params.id(ctx));
                    ctx.status(204);
                });
        t.add(new RouteTable.Route("GET", "/recordings/{id}/file", "recordings", "Download as EDF (or BDF with format=bdf)",
                true, null, "edf", List.of(200, 404, 422)), this::download);
        t.add(new RouteTable.Route("GET", "/recordings/{id}/samples", "recordings",
                "Physical samples of one channel from..to seconds; JSON, or float32 little-endian with Accept: application/octet-stream",
                true, null, "octet", List.of(200, 404, 422)), this::samples);
        t.add(new RouteTable.Route("GET", "/recordings/{id}/annotations", "recordings", "Annotations of a recording", true, null,
                "json", List.of(200, 404)), ctx -> {
                    List<AnnotationView> out = new ArrayList<>();
                    for (Annotation a : s.recordings().annotations(Authenticator.require(ctx), Params.id(ctx))) {
                        out.add(new AnnotationView(a.onsetSeconds(), a.hasDuration() ? a.durationSeconds() : null, a.text()));
                    }
                    ctx.json(Map.of("items", out));
                });
        t.add(new RouteTable.Route("POST", "/recordings/{id}/annotations", "recordings",
                "Add an annotation {onset_s, duration_s, text} (eeg_write)", true, "json", "json",
                List.of(201, 400, 403, 404, 415, 422)).returning(AnnotationView.class), this::annotate);
    }

    private void annotate(Context ctx) {
        Subject by = Authenticator.require(ctx);
        long id = Params.id(ctx);
        NewAnnotation n = ApiJson.body(ctx, NewAnnotation.class);
        if (n.onsetS() == null) throw InvalidInputException.of("onset_s", "is required (seconds from the recording start)");
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            Annotation a = s.annotations().add(by, id, new Annotation(n.onsetS(), n.durationS() == null ? Double.NaN : n.durationS(),
                    n.text())).annotation();
            return ApiResponse.created(new AnnotationView(a.onsetSeconds(), a.hasDuration() ? a.durationSeconds() : null, a.text()),
                    Links.BASE + "/recordings/" + id + "/annotations");
        });
    }

    private void list(Context ctx) {
        RecordingFilter f = new RecordingFilter(Params.optionalLong(ctx, "patient_id"), format(ctx.queryParam("format")),
                status(ctx.queryParam("status")), Params.optionalDateTime(ctx, "started_from"),
                Params.optionalDateTime(ctx, "started_before"));
        Page<RecordingSummary> p = s.recordings().page(Authenticator.require(ctx), f, Links.page(ctx), Links.size(ctx));
        ApiResponse.ok(Links.page(ctx, p, p.items().stream().map(RecordingRoutes::view).toList())).send(ctx);
    }

    private void samples(Context ctx) {
        Subject by = Authenticator.require(ctx);
        Double from = Params.optionalDouble(ctx, "from");
        SampleBlock b = s.recordings().samples(by, Params.id(ctx), ctx.queryParam("channel"), from == null ? 0 : from,
                Params.optionalDouble(ctx, "to"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/octet-stream")) {
            ByteBuffer buf = ByteBuffer.allocate(b.values().length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asFloatBuffer().put(b.values());
            ctx.header("X-Channel", b.label()).header("X-Unit", b.unit() == null ? "" : b.unit())
                    .header("X-Sample-Rate-Hz", Double.toString(b.sampleRateHz()))
                    .header("X-First-Sample", Long.toString(b.firstSample()))
                    .header("X-Start-Seconds", Double.toString(b.startSeconds()))
                    .contentType("application/octet-stream").result(buf.array());
        } else {
            ctx.json(new SamplesView(b.label(), b.unit(), b.sampleRateHz(), b.firstSample(), b.startSeconds(), b.values()));
        }
    }

    private void download(Context ctx) throws Exception {
        Subject by = Authenticator.require(ctx);
        long id = Params.id(ctx);
        String fmt = ctx.queryParam("format") == null ? "edf" : ctx.queryParam("format").toLowerCase(Locale.ROOT);
        if (!fmt.equals("edf") && !fmt.equals("bdf")) throw InvalidInputException.of("format", "must be edf or bdf");
        Path tmp = Files.createTempFile("brrr-export-", "." + fmt);
        try {
            s.recordings().export(by, id, tmp);
        } catch (Exception | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        // Javalin streams the file after the handler returns; closing the stream deletes it.
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"recording-" + id + "." + fmt + "\"")
                .result(Files.newInputStream(tmp, StandardOpenOption.DELETE_ON_CLOSE));
    }

    private static RecordingFormat format(String text) {
        if (text == null || text.isBlank()) return null;
        for (RecordingFormat f : RecordingFormat.values()) if (f.label().equalsIgnoreCase(text.strip())) return f;
        throw InvalidInputException.of("format", "unknown format '" + text + "'");
    }

    private static RecordingStatus status(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return RecordingStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "unknown status '" + text + "'");
        }
    }
}
