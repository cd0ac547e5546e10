package io.braingobrrr.analysis.pipeline;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.sleep.EpochFeatures;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.analysis.sleep.SleepStatistics;
import io.braingobrrr.core.recording.SignalSource;

import java.util.List;
import java.util.Locale;

/**
 * The {@code sleep} part of a standard or comprehensive analysis: the same stager and JSON shape as
 * {@code brrr stage}, run on the channels it would choose by itself.
 */
public record SleepSection(List<StagedEpoch> epochs, SleepStatistics stats, String eeg, AlgorithmInfo algorithm) {

    public record StagedEpoch(double onsetS, String stage, double confidence) {
    }

    /**
     * Null, with the reason added to {@code notes}, when there is nothing to stage: no EEG channel, or less
     * than one 30 s epoch of it (a short routine clip must still get its quality and screening).
     */
    static SleepSection of(SignalSource src, List<String> notes) {
        SleepStager.Channels channels;
        try {
            channels = SleepStager.choose(src, null, null, null);
        } catch (IllegalArgumentException noEeg) {
            notes.add("sleep: no EEG channel to stage from (null)");
            return null;
        }
        double seconds = src.sampleCount(channels.eeg()) / src.signals().get(channels.eeg()).sampleRateHz();
        if (seconds < EpochFeatures.EPOCH_SECONDS) {
            notes.add(String.format(Locale.ROOT, "sleep: the EEG (%s) lasts %.1f s, shorter than one %.0f s epoch (null)",
                    src.signals().get(channels.eeg()).label(), seconds, EpochFeatures.EPOCH_SECONDS));
            return null;
        }
        SleepStager.Result r = SleepStager.standard().stage(src, channels);
        return new SleepSection(r.epochs().stream()
                .map(e -> new StagedEpoch(e.onsetSeconds(), e.stage().name(), e.confidence())).toList(),
                r.stats(), r.eeg(), r.algorithm());
    }
}
