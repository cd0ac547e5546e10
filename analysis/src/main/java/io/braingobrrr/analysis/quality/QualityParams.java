package io.braingobrrr.analysis.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thresholds of quality control, in µV for voltages, per 1 s epoch. Defaults follow common clinical
 * practice (±250 µV amplitude rejection, < 1 µV peak-to-peak as flat) and were checked on planted defects.
 *
 * @param flatPtpUv         an epoch with raw peak-to-peak below this is flat
 * @param flatShare         a channel flat in at least this share of its epochs is flat
 * @param railedShare       a channel with at least this share of samples at the range's ends is railed
 * @param noisyFactor       a channel whose median epoch RMS exceeds this times the median channel's is noisy
 * @param noisyAbsoluteUv   ... or whose median epoch RMS exceeds this
 * @param amplitudeShareBad a channel beyond ±amplitudeUv in at least this share of its epochs is noisy
 * @param lineShareBad      a channel whose mains share of 1–100 Hz power exceeds this is bad
 * @param amplitudeUv       an epoch with |x| above this (after 0.5 Hz high-pass) is an amplitude artifact
 * @param muscleFactor      an epoch whose 20–40 Hz RMS exceeds this times the channel's median is muscle ...
 * @param muscleMinUv       ... and exceeds this
 * @param blinkPtpUv        a frontal epoch with a peak-to-peak below 4 Hz above this ...
 * @param blinkFactor       ... and this times the channel's median is a blink (eye-movement-rich records
 *                          would otherwise be all "blink")
 * @param popStepUv         an epoch with a sample-to-sample step above this ...
 * @param popFactor         ... and this times the channel's median step is an electrode pop
 */
public record QualityParams(
        double flatPtpUv, double flatShare, double railedShare, double noisyFactor, double noisyAbsoluteUv,
        double amplitudeShareBad, double lineShareBad, double amplitudeUv, double muscleFactor, double muscleMinUv,
        double blinkPtpUv, double blinkFactor, double popStepUv, double popFactor) {

    public static final QualityParams DEFAULT = new QualityParams(1, 0.5, 0.01, 3, 100, 0.5, 0.5, 250, 4, 5, 80, 3, 80, 10);

    /** The parameters by name, for the result's provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch_s", 1);
        m.put("flat_ptp_uv", flatPtpUv);
        m.put("flat_share", flatShare);
        m.put("railed_share", railedShare);
        m.put("noisy_factor", noisyFactor);
        m.put("noisy_absolute_uv", noisyAbsoluteUv);
        m.put("amplitude_share_bad", amplitudeShareBad);
        m.put("line_share_bad", lineShareBad);
        m.put("amplitude_uv", amplitudeUv);
        m.put("muscle_factor", muscleFactor);
        m.put("muscle_min_uv", muscleMinUv);
        m.put("blink_ptp_uv", blinkPtpUv);
        m.put("blink_factor", blinkFactor);
        m.put("pop_step_uv", popStepUv);
        m.put("pop_factor", popFactor);
        return m;
    }
}
