package io.braingobrrr.sync.api;

import java.time.Duration;

/**
 * Tunables of the embedded API.
 *
 * @param rateLimit      requests per client per {@code rateWindow}; 0 turns limiting off
 * @param maxUploadBytes largest EDF/BDF upload accepted (413 beyond)
 * @param tls            HTTPS keystore, or null for plain HTTP (loopback only, `brrr serve` enforces that)
 * @param workerThreads  Jetty threads that run requests (besides its acceptor and selector), see {@link #defaultWorkerThreads}
 */
public record ApiConfig(int rateLimit, Duration rateWindow, long maxUploadBytes, Duration accessTokenTtl,
                        Duration refreshTokenTtl, Tls tls, int workerThreads) {
    public ApiConfig {
        // Jetty keeps one of them in reserve for its selector hand-off and refuses to start without another.
        if (workerThreads < 2) throw new IllegalArgumentException("workerThreads must be at least 2, got " + workerThreads);
    }

    public static ApiConfig defaults() {
        return new ApiConfig(600, Duration.ofMinutes(1), 2L << 30, Duration.ofMinutes(15), Duration.ofDays(14), null,
                defaultWorkerThreads(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Two request threads per core, at least four. Requests are short and CPU-bound: more runnable threads than
     * cores only makes the OS scheduler time-slice them: at 16 connections on 2 cores that doubled the time requests
     * waited for a core and raised the p99 (docs/notes/api-benchmark.md, ADR 0019); connections beyond the workers
     * wait in Jetty's queue in arrival order instead. The floor of four keeps a few slow uploads from holding every thread.
     */
    public static int defaultWorkerThreads(int cores) {
        return Math.max(4, 2 * cores);
    }

    public ApiConfig withRateLimit(int perWindow, Duration window) {
        return new ApiConfig(perWindow, window, maxUploadBytes, accessTokenTtl, refreshTokenTtl, tls, workerThreads);
    }

    public ApiConfig withMaxUploadBytes(long bytes) {
        return new ApiConfig(rateLimit, rateWindow, bytes, accessTokenTtl, refreshTokenTtl, tls, workerThreads);
    }

    public ApiConfig withTls(Tls keystore) {
        return new ApiConfig(rateLimit, rateWindow, maxUploadBytes, accessTokenTtl, refreshTokenTtl, keystore, workerThreads);
    }

    public ApiConfig withWorkerThreads(int threads) {
        return new ApiConfig(rateLimit, rateWindow, maxUploadBytes, accessTokenTtl, refreshTokenTtl, tls, threads);
    }
}
