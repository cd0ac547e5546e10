package io.braingobrrr.sync.api;

import java.util.Map;

/**
 * An error the API answers with directly (not a core service refusal): bad request syntax, unsupported
 * media type, payload too large, rate limit. Rendered in the one error shape by {@link ErrorResponses}.
 */
final class HttpError extends RuntimeException {
    final int status;
    final String code;
    final Map<String, ?> details;

    HttpError(int status, String code, String message, Map<String, ?> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    HttpError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, "bad_request", message);
    }

    static HttpError unauthorized(String message) {
        return new HttpError(401, "unauthorized", message);
    }
}
