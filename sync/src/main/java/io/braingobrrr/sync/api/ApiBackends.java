package io.braingobrrr.sync.api;

import io.braingobrrr.sync.analyses.ResultImageRenderer;
import io.braingobrrr.sync.sessions.SessionControl;

/**
 * What the API can do only when the application wires it (sync depends on neither JavaFX nor acquisition):
 * drawing result images and recording from amplifiers. Null members make the matching routes answer 501
 * with a clear message.
 */
public record ApiBackends(ResultImageRenderer images, SessionControl sessions) {
    public static ApiBackends none() {
        return new ApiBackends(null, null);
    }
}
