package io.braingobrrr.sync.api;

import io.javalin.http.Context;

/** What a JSON handler answers; kept as a value so Idempotency-Key replays can store and resend it. */
record ApiResponse(int status, Object body, String location) {
    static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, null);
    }

    static ApiResponse created(Object body, String location) {
        return new ApiResponse(201, body, location);
    }

    void send(Context ctx) {
        sendBytes(ctx, status, body == null ? null : ApiJson.bytes(body), location);
    }

    static void sendBytes(Context ctx, int status, byte[] json, String location) {
        ctx.status(status);
        if (location != null) ctx.header("Location", location);
        if (json != null) ctx.contentType("application/json").result(json);
    }
}
