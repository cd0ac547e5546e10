package io.braingobrrr.core.gdf;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The fixed and variable header of a GDF file after validation.
 *
 * @param version          the version field as written ("GDF 1.25", "GDF 2.10")
 * @param versionNumber    its number (1.25, 2.10); below 1.90 the file uses the GDF 1 layout
 * @param startTime        start of the first record, or null when the file does not say
 * @param headerBytes      where the data records begin
 * @param recordCount      records actually readable (declared count, or derived from the size when -1)
 * @param declaredRecords  record count as written (-1 = unknown)
 * @param durationNumerator   record duration = numerator / denominator seconds
 * @param eventTableOffset byte offset of the event table (just after the last record)
 */
public record GdfHeader(
        String version,
        double versionNumber,
        String patientIdentification,
        String recordingIdentification,
        LocalDateTime startTime,
        long headerBytes,
        int recordCount,
        long declaredRecords,
        long durationNumerator,
        long durationDenominator,
        List<GdfSignalHeader> signals,
        int recordBytes,
        long eventTableOffset) {

    public boolean isVersion1() {
        return versionNumber < GdfHeaderParser.VERSION_2_LAYOUT;
    }

    public double recordDurationSeconds() {
        return (double) durationNumerator / durationDenominator;
    }

    public double sampleRate(int signal) {
        return signals.get(signal).samplesPerRecord() * (double) durationDenominator / durationNumerator;
    }

    /** The highest channel rate; GDF event positions count samples at this rate when the table gives none. */
    public double highestSampleRate() {
        double max = 0;
        for (int i = 0; i < signals.size(); i++) max = Math.max(max, sampleRate(i));
        return max;
    }
}
