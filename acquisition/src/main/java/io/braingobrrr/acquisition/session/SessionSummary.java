package io.braingobrrr.acquisition.session;

import io.braingobrrr.core.recording.Gap;

import java.util.List;

/**
 * What a session recorded.
 *
 * @param samples        samples stored per channel
 * @param droppedSamples samples the device lost in transport (filled by holding, or inside gaps)
 * @param gaps           stretches without data (disconnects, pauses), seconds from the start
 * @param alarm          why recording stopped by itself (disk full), or null
 */
public record SessionSummary(long recordingId, int channels, double sampleRateHz, long samples, long droppedSamples,
                             List<Gap> gaps, int reconnects, String alarm) {
}
