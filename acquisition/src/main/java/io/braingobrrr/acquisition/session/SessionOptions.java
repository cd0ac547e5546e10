package io.braingobrrr.acquisition.session;

import java.time.LocalDateTime;

/**
 * @param flushIntervalMs     longest time samples wait in memory before a committed transaction (≤ 1000)
 * @param reconnectIntervalMs pause between attempts to reopen a device that went away
 * @param maxFilledSamples    longest transport loss filled by holding the last value; longer ones are gaps
 * @param storageLimitBytes   database size at which recording stops with the disk-full alarm (0 = the disk's)
 */
public record SessionOptions(Long patientId, String patientIdentification, LocalDateTime startTime,
                             long flushIntervalMs, long reconnectIntervalMs, int maxFilledSamples,
                             long storageLimitBytes) {
    public SessionOptions {
        if (flushIntervalMs < 10 || flushIntervalMs > 1000) {
            throw new IllegalArgumentException("flush interval must be 10..1000 ms, not " + flushIntervalMs);
        }
    }

    public static SessionOptions defaults() {
        return new SessionOptions(null, null, LocalDateTime.now().withNano(0), 250, 1000, 25, 0);
    }

    public SessionOptions withPatient(Long id, String identification) {
        return new SessionOptions(id, identification, startTime, flushIntervalMs, reconnectIntervalMs, maxFilledSamples,
                storageLimitBytes);
    }

    public SessionOptions withStorageLimit(long bytes) {
        return new SessionOptions(patientId, patientIdentification, startTime, flushIntervalMs, reconnectIntervalMs,
                maxFilledSamples, bytes);
    }

    public SessionOptions withReconnectInterval(long ms) {
        return new SessionOptions(patientId, patientIdentification, startTime, flushIntervalMs, ms, maxFilledSamples,
                storageLimitBytes);
    }
}
