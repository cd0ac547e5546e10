package io.braingobrrr.core.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule, with one message per offending field (the API's 422 details). */
public final class InvalidInputException extends ServiceException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(summary(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String summary(Map<String, String> errors) {
        StringBuilder sb = new StringBuilder();
        errors.forEach((field, msg) -> sb.append(sb.length() == 0 ? "" : "; ").append(field).append(": ").append(msg));
        return sb.toString();
    }
}
