package io.braingobrrr.sync.api;

import io.braingobrrr.sync.analyses.ResultImageRenderer;

/**
 * What the API can do only when the application wires it (sync depends on neither JavaFX nor acquisition):
 * drawing result images. Null members make the matching routes answer 501 with a clear message.
 */
public record ApiBackends(ResultImageRenderer images) {
    public static ApiBackends none() {
        return new ApiBackends(null);
    }
}
