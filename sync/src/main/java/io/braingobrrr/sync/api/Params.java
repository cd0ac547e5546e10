package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** Parsing of path and query parameters into 422s that name the parameter. */
final class Params {
    private Params() {
    }

    static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("id", "must be a whole number, not '" + v + "'");
        }
    }

    static Long optionalLong(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be a whole number, not '" + v + "'");
        }
    }

    static Double optionalDouble(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be a number of seconds, not '" + v + "'");
        }
    }

    static LocalDateTime optionalDateTime(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return v.length() == 10 ? java.time.LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "must be an ISO-8601 date or local date-time, not '" + v + "'");
        }
    }

    /** Who counts as one client for idempotency keys. */
    static String client(Subject s) {
        // Integration clients have no user id; their subject's name is "client:NAME".
        return s.userId() != null ? "user:" + s.userId() : s.username();
    }

    /** Method, path and body hash: a repeated Idempotency-Key must come with the same request. */
    static String fingerprint(Context ctx) {
        return fingerprint(ctx.method().name() + " " + ctx.path() + "?" + ctx.queryString(), ctx.bodyAsBytes());
    }

    static String fingerprint(String requestLine, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(requestLine.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(body);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
