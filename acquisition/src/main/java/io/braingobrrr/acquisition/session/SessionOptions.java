package io.braingobrrr.acquisition.session;

import io.braingobrrr.core.recording.Patient;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    /** The patient's id and EDF+ local patient identification: code, sex, birth date, name (X when unknown). */
    public SessionOptions withPatient(Patient p) {
        String birth = p.birthDate() == null ? "X"
                : p.birthDate().format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ROOT)).toUpperCase(Locale.ROOT);
        String name = p.name() == null || p.name().isBlank() ? "X" : p.name().strip().replace(' ', '_');
        String sex = p.sex() == null || p.sex().isBlank() ? "X" : p.sex();
        return withPatient(p.id(), p.mrn().strip().replace(' ', '_') + " " + sex + " " + birth + " " + name);
    }

    public SessionOptions withStorageLimit(long bytes) {
        return new SessionOptions(patientId, patientIdentification, startTime, flushIntervalMs, reconnectIntervalMs,
                maxFilledSamples, bytes);
    }

    /** The recording's start date and time (the EDF header's): when recording starts, not when options were made. */
    public SessionOptions withStartTime(LocalDateTime start) {
        return new SessionOptions(patientId, patientIdentification, start, flushIntervalMs, reconnectIntervalMs,
                maxFilledSamples, storageLimitBytes);
    }

    public SessionOptions withReconnectInterval(long ms) {
        return new SessionOptions(patientId, patientIdentification, startTime, flushIntervalMs, ms, maxFilledSamples,
                storageLimitBytes);
    }
}
