package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.RecordingFormat;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The fixed and per-signal header of an EDF/BDF file after validation.
 *
 * @param headerStart      start date and time as written (whole seconds)
 * @param headerBytes      where the data records begin (256 x (signals + 1))
 * @param recordCount      records actually readable (declared count, or derived from the size when -1)
 * @param declaredRecords  record count as written (-1 = unknown)
 * @param trailingBytes    bytes after the last complete record
 */
public record EdfHeader(
        RecordingFormat format,
        String version,
        String patientIdentification,
        String recordingIdentification,
        LocalDateTime headerStart,
        int headerBytes,
        String reserved,
        int recordCount,
        int declaredRecords,
        double recordDurationSeconds,
        List<EdfSignalHeader> signals,
        long trailingBytes) {

    public int bytesPerSample() {
        return format.is24Bit() ? 3 : 2;
    }

    /** Bytes of one data record, all signals. */
    public long recordBytes() {
        long n = 0;
        for (EdfSignalHeader s : signals) n += (long) s.samplesPerRecord() * bytesPerSample();
        return n;
    }
}
