package io.braingobrrr.sync.api;

import java.time.Duration;

/** Server settings the tests need. */
final class ApiHarnessConfigs {
    static final long UPLOAD_LIMIT = 4 << 20;

    private ApiHarnessConfigs() {
    }

    /** No rate limit and a 4 MiB upload limit (the test EDFs are smaller, the 413 test sends one byte more). */
    static ApiConfig smallUploads() {
        return ApiConfig.defaults().withRateLimit(0, Duration.ofMinutes(1)).withMaxUploadBytes(UPLOAD_LIMIT);
    }
}
