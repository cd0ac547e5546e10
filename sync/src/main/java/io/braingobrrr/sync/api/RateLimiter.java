package io.braingobrrr.sync.api;

import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counting per client (the signed-in user, else the IP address), with the
 * X-RateLimit-Limit/Remaining/Reset headers on every limited response (Reset in seconds until the window
 * ends) and 429 + Retry-After when the window is used up.
 */
final class RateLimiter {
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long start;
        int used;
    }

    RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    void check(Context ctx) {
        if (limit <= 0) return;
        var subject = Authenticator.optional(ctx);
        String client = subject != null ? Params.client(subject) : "ip:" + ctx.ip();
        long now = clock.millis();
        Window w = windows.computeIfAbsent(client, k -> new Window());
        int used;
        long reset;
        synchronized (w) {
            if (now - w.start >= windowMillis) {
                w.start = now;
                w.used = 0;
            }
            used = ++w.used;
            reset = Math.max(1, (w.start + windowMillis - now + 999) / 1000);
        }
        if (windows.size() > 100_000) windows.clear();   // a flood of new IPs must not grow memory without bound
        ctx.header("X-RateLimit-Limit", Integer.toString(limit));
        ctx.header("X-RateLimit-Remaining", Integer.toString(Math.max(0, limit - used)));
        ctx.header("X-RateLimit-Reset", Long.toString(reset));
        if (used > limit) {
            ctx.header("Retry-After", Long.toString(reset));
            throw new HttpError(429, "rate_limited", "more than " + limit + " requests in " + windowMillis / 1000
                    + " s from this client; retry in " + reset + " s", Map.of("retry_after_s", reset));
        }
    }
}
