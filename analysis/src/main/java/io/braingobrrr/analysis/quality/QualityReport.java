package io.braingobrrr.analysis.quality;

import io.braingobrrr.analysis.result.Provenance;
import java.util.List;
import java.util.Map;

/**
 * The seed's quality_report, computed locally.
 *
 * @param artifactShare     share of the record (0..1) flagged, per artifact kind (lower-case name)
 * @param anyArtifactShare  share flagged by any kind
 * @param usablePercent     percent of the record free of artifacts on the good channels (0 when none is good,
 *                          null when no channel could be judged: no EEG/EOG in a voltage unit)
 * @param grade             null with usablePercent
 */
public record QualityReport(
        List<ChannelQuality> channels,
        List<String> badChannels,
        List<ArtifactSegment> artifacts,
        Map<String, Double> artifactShare,
        double anyArtifactShare,
        Double usablePercent,
        Grade grade,
        Provenance provenance) {

    /** Overall grade from usable percentage and share of bad channels. */
    public enum Grade {
        EXCELLENT, GOOD, FAIR, POOR;

        static Grade of(double usablePercent, double badShare) {
            if (usablePercent >= 90 && badShare <= 0.05) return EXCELLENT;
            if (usablePercent >= 75 && badShare <= 0.15) return GOOD;
            if (usablePercent >= 50 && badShare <= 0.30) return FAIR;
            return POOR;
        }
    }

    /**
     * One channel's checks.
     *
     * @param assessed        false for channels quality control does not judge (not EEG/EOG, or not a voltage)
     * @param medianRmsUv     median over epochs of the high-passed RMS
     * @param lineNoiseShare  mains (50 or 60 Hz ±1) share of the 1–100 Hz power; null when the rate cannot show mains
     * @param lineFrequencyHz the stronger of 50/60 Hz, null with the share
     * @param reasons         why the channel is bad; empty when good
     */
    public record ChannelQuality(String label, boolean assessed, boolean flat, boolean railed, boolean noisy,
                                 Double medianRmsUv, Double lineNoiseShare, Double lineFrequencyHz, boolean bad,
                                 List<String> reasons) {
    }

    public enum ArtifactKind {
        AMPLITUDE, MUSCLE, BLINK, ELECTRODE_POP;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A run of flagged seconds of one kind, with the channels that showed it. */
    public record ArtifactSegment(ArtifactKind kind, double onsetS, double durationS, List<String> channels) {
    }
}
