package io.braingobrrr.acquisition.device;

import java.util.List;

/**
 * What a device delivers: channel labels, one sample rate for all channels, and how its digital values
 * map to µV (the same mapping for the whole recording, so samples can be stored as they come).
 *
 * @param bits24 whether the digital values need 24 bits (store as BDF), else they fit 16 (EDF)
 */
public record DeviceInfo(String name, List<String> labels, double sampleRateHz, double physicalMinUv,
                         double physicalMaxUv, int digitalMin, int digitalMax, boolean bits24) {
    public DeviceInfo {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) throw new IllegalArgumentException("a device needs at least one channel");
        if (!(sampleRateHz > 0)) throw new IllegalArgumentException("sample rate must be > 0 Hz");
    }

    public int channelCount() {
        return labels.size();
    }

    /** µV per digital step. */
    public double microvoltsPerCount() {
        return (physicalMaxUv - physicalMinUv) / ((double) digitalMax - digitalMin);
    }
}
