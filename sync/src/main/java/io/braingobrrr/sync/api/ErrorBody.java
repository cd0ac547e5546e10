package io.braingobrrr.sync.api;

import java.util.Map;

/** The one error shape of the API. */
record ErrorBody(String error, String message, Map<String, ?> details, String requestId) {
}
