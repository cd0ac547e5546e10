package io.braingobrrr.sync.api;

import java.time.Duration;

/**
 * Tunables of the embedded API.
 *
 * @param rateLimit      requests per client per {@code rateWindow}; 0 turns limiting off
 * @param maxUploadBytes largest EDF/BDF upload accepted (413 beyond)
 * @param tls            HTTPS keystore, or null for plain HTTP (loopback only, `brrr serve` enforces that)
 */
public record ApiConfig(int rateLimit, Duration rateWindow, long maxUploadBytes, Duration accessTokenTtl,
                        Duration refreshTokenTtl, Tls tls) {
    public static ApiConfig defaults() {
        return new ApiConfig(600, Duration.ofMinutes(1), 2L << 30, Duration.ofMinutes(15), Duration.ofDays(14), null);
    }

    public ApiConfig withRateLimit(int perWindow, Duration window) {
        return new ApiConfig(perWindow, window, maxUploadBytes, accessTokenTtl, refreshTokenTtl, tls);
    }

    public ApiConfig withMaxUploadBytes(long bytes) {
        return new ApiConfig(rateLimit, rateWindow, bytes, accessTokenTtl, refreshTokenTtl, tls);
    }

    public ApiConfig withTls(Tls keystore) {
        return new ApiConfig(rateLimit, rateWindow, maxUploadBytes, accessTokenTtl, refreshTokenTtl, keystore);
    }
}
