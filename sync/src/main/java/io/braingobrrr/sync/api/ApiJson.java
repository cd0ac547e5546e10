package io.braingobrrr.sync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** The API's JSON: snake_case names, nulls kept (a missing field and a null field mean the same to clients). */
final class ApiJson {
    static final ObjectMapper MAPPER = io.braingobrrr.sync.analyses.ResultJson.MAPPER;

    private ApiJson() {
    }

    /** The request body as {@code type}; a 400 naming the problem when it is not such JSON. */
    static <T> T body(Context ctx, Class<T> type) {
        String ct = ctx.contentType();
        if (ct == null || !ct.toLowerCase().startsWith("application/json")) {
            throw new HttpError(415, "unsupported_media_type", "send the body as application/json");
        }
        try {
            T value = MAPPER.readValue(ctx.bodyAsBytes(), type);
            if (value == null) throw HttpError.badRequest("the body is empty; a JSON object is expected");
            return value;
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("the body is not valid JSON for this request: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw HttpError.badRequest("cannot read the body: " + e.getMessage());
        }
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
