package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.sync.sessions.SessionControl;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Devices and recording sessions (create, start, pause, resume, stop); 501 when no acquisition is wired. */
final class SessionRoutes {
    record SessionView(long id, String device, String state, Long recordingId, Long patientId, double elapsedS, long samples,
                       long droppedSamples, String alarm, @JsonProperty("_links") Map<String, Links.Link> links) {
    }

    record DevicesView(List<SessionControl.DeviceType> items, List<SessionControl.Port> ports) {
    }

    record NewSession(String device, String port, Integer channels, Double sampleRateHz, Long patientId) {
    }

    private final ApiServices s;

    SessionRoutes(ApiServices s) {
        this.s = s;
    }

    static SessionView view(SessionControl.Session x) {
        String self = "/sessions/" + x.id();
        Map<String, Links.Link> links = new LinkedHashMap<>(Links.of("self", self));
        switch (x.state()) {
            case "created" -> links.putAll(Links.of("start", self + "/start"));
            case "recording", "reconnecting" -> links.putAll(Links.of("pause", self + "/pause", "stop", self + "/stop"));
            case "paused" -> links.putAll(Links.of("resume", self + "/resume", "stop", self + "/stop"));
            default -> { }
        }
        if (x.recordingId() != null) links.putAll(Links.of("recording", "/recordings/" + x.recordingId()));
        return new SessionView(x.id(), x.device(), x.state(), x.recordingId(), x.patientId(), x.elapsedS(), x.samples(),
                x.droppedSamples(), x.alarm(), links);
    }

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/devices", "sessions", "Device types this workstation can record from, and serial ports",
                true, null, "json", List.of(200, 403, 501)).returning(DevicesView.class), ctx -> {
                    Subject by = available(ctx);
                    ctx.json(new DevicesView(s.sessions().deviceTypes(by), s.sessions().ports(by)));
                });
        t.add(new RouteTable.Route("GET", "/sessions", "sessions", "Recording sessions of this server run", true, null, "json",
                List.of(200, 403, 501)), ctx -> {
                    Subject by = available(ctx);
                    ctx.json(Map.of("items", s.sessions().list(by).stream().map(SessionRoutes::view).toList()));
                });
        t.add(new RouteTable.Route("POST", "/sessions", "sessions",
                "Create a session {device, port, channels, sample_rate_hz, patient_id} (eeg_write); start it to record",
                true, "json", "json", List.of(201, 400, 403, 415, 422, 501)).returning(SessionView.class), this::create);
        t.add(new RouteTable.Route("GET", "/sessions/{id}", "sessions", "State, elapsed time, samples and alarm of a session",
                true, null, "json", List.of(200, 403, 404, 501)).returning(SessionView.class),
                ctx -> ctx.json(view(s.sessions().get(available(ctx), Params.id(ctx)))));
        step(t, "start", "Open the device and record into a new recording (eeg_write)");
        step(t, "pause", "Stop storing samples; the pause becomes a gap (eeg_write)");
        step(t, "resume", "Store samples again (eeg_write)");
        step(t, "stop", "Stop the device and finalise the recording (eeg_write)");
    }

    private void step(RouteTable t, String name, String summary) {
        t.add(new RouteTable.Route("POST", "/sessions/{id}/" + name, "sessions", summary, true, null, "json",
                List.of(200, 403, 404, 409, 501)), ctx -> {
                    Subject by = available(ctx);
                    long id = Params.id(ctx);
                    SessionControl.Session x = switch (name) {
                        case "start" -> s.sessions().start(by, id);
                        case "pause" -> s.sessions().pause(by, id);
                        case "resume" -> s.sessions().resume(by, id);
                        default -> s.sessions().stop(by, id);
                    };
                    ctx.json(view(x));
                });
    }

    private void create(Context ctx) {
        Subject by = available(ctx);
        NewSession n = ApiJson.body(ctx, NewSession.class);
        s.idempotency().run(ctx, Params.client(by), Params.fingerprint(ctx), () -> {
            SessionControl.Session x = s.sessions().create(by, new SessionControl.Request(n.device(), n.port(), n.channels(),
                    n.sampleRateHz(), n.patientId()));
            return ApiResponse.created(view(x), Links.BASE + "/sessions/" + x.id());
        });
    }

    /** The signed-in subject, after a 501 when this server cannot record at all. */
    private Subject available(Context ctx) {
        Subject by = Authenticator.require(ctx);
        if (!s.sessions().available()) {
            throw new HttpError(501, "not_implemented", "this server has no acquisition wired (start it with `brrr serve`"
                    + " on the workstation to record)");
        }
        return by;
    }
}
