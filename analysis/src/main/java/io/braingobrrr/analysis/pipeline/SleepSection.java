package io.braingobrrr.analysis.pipeline;

import io.braingobrrr.analysis.AlgorithmInfo;
import io.braingobrrr.analysis.sleep.SleepStager;
import io.braingobrrr.analysis.sleep.SleepStatistics;
import io.braingobrrr.core.recording.SignalSource;

import java.util.List;

/**
 * The {@code sleep} part of a standard or comprehensive analysis: the same stager and JSON shape as
 * {@code brrr stage}, run on the channels it would choose by itself.
 */
public record SleepSection(List<StagedEpoch> epochs, SleepStatistics stats, String eeg, AlgorithmInfo algorithm) {

    public record StagedEpoch(double onsetS, String stage, double confidence) {
    }

    /** Null when the recording has no EEG channel to stage from (the caller notes why). */
    static SleepSection of(SignalSource src) {
        SleepStager.Channels channels;
        try {
            channels = SleepStager.choose(src, null, null, null);
        } catch (IllegalArgumentException noEeg) {
            return null;
        }
        SleepStager.Result r = SleepStager.standard().stage(src, channels);
        return new SleepSection(r.epochs().stream()
                .map(e -> new StagedEpoch(e.onsetSeconds(), e.stage().name(), e.confidence())).toList(),
                r.stats(), r.eeg(), r.algorithm());
    }
}
