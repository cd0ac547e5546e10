package io.braingobrrr.core.recording;

/**
 * One stored signal of a recording, as its header describes it.
 *
 * <p>Physical value = (digital - digitalMin) * gain + physicalMin. An inverted physical range
 * (physicalMin &gt; physicalMax) is legal and simply gives a negative gain.
 *
 * @param label            label as written (trimmed)
 * @param electrode        the 10-10 electrode name for EEG channels ("EEG Fp1-REF" gives "Fp1"), or null
 * @param samplesPerRecord samples of this signal in one data record
 * @param sampleRateHz     samplesPerRecord / record duration (may be non-integer, e.g. 12.8 Hz)
 */
public record SignalInfo(
        String label,
        SignalKind kind,
        String electrode,
        String transducer,
        String physicalDimension,
        double physicalMin,
        double physicalMax,
        int digitalMin,
        int digitalMax,
        String prefilter,
        int samplesPerRecord,
        double sampleRateHz) {

    public static SignalInfo of(String label, String transducer, String physicalDimension,
                                double physicalMin, double physicalMax, int digitalMin, int digitalMax,
                                String prefilter, int samplesPerRecord, double sampleRateHz) {
        return new SignalInfo(label, SignalKind.of(label, transducer), ElectrodeLabel.electrodeOf(label),
                transducer, physicalDimension, physicalMin, physicalMax, digitalMin, digitalMax, prefilter,
                samplesPerRecord, sampleRateHz);
    }

    /** Physical units per digital step; a degenerate digital range yields 1 so values stay finite. */
    public double gain() {
        int span = digitalMax - digitalMin;
        return span == 0 ? 1.0 : (physicalMax - physicalMin) / span;
    }

    /** Physical value of digital zero: physical = digital * gain + offset. */
    public double offset() {
        return physicalMin - digitalMin * gain();
    }

    public double toPhysical(int digital) {
        return digital * gain() + offset();
    }
}
