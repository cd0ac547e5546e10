package io.braingobrrr.sync.api;

import io.javalin.http.Context;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A request id per request: the client's X-Request-Id when sane, otherwise a new one; echoed back. New ids
 * are a random per-process prefix and a counter: unique enough to find a request in the log, and unlike
 * UUID.randomUUID() they do not queue every request on one shared SecureRandom (seen in the profile).
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "brrr.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String PREFIX = HexFormat.of().formatHex(randomBytes()) + "-";
    private static final AtomicLong NEXT = new AtomicLong();

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : PREFIX + NEXT.incrementAndGet();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return b;
    }

    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }
}
