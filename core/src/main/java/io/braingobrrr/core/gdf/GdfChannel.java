package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.SignalInfo;

import java.nio.ByteBuffer;

/**
 * How one channel's samples are found in a data record and turned into numbers.
 *
 * <p>{@link SignalInfo} describes digital values as int, but GDF stores floats and 64-bit integers too,
 * with float64 digital limits. Channels whose type and declared digital range are integers an int holds
 * ("native") hand out their stored values. The others are offered as 16-bit digital values spanning the
 * declared physical range (what an EDF export of them would hold, clamped at the range ends), so that
 * {@code info().toPhysical(readDigital)} still agrees with readPhysical to half a step. readPhysical always
 * applies the file's own scaling to the stored value, without rounding or clamping.
 */
final class GdfChannel {
    private static final int QUANT_MIN = -32768;
    private static final int QUANT_MAX = 32767;

    private final GdfSignalHeader header;
    private final int offsetInRecord;
    private final GdfDataType type;
    private final double gain;
    private final double offset;
    private final boolean nativeDigital;
    private final double quantStep;
    private final SignalInfo info;

    GdfChannel(GdfSignalHeader h, int offsetInRecord, double sampleRate) {
        this.header = h;
        this.offsetInRecord = offsetInRecord;
        this.type = h.type();
        this.gain = h.gain();
        this.offset = h.offset();
        this.nativeDigital = type.fitsInt() && isInt(h.digitalMin()) && isInt(h.digitalMax());
        this.quantStep = (h.physicalMax() - h.physicalMin()) / (QUANT_MAX - QUANT_MIN);
        int dmin = nativeDigital ? (int) h.digitalMin() : QUANT_MIN;
        int dmax = nativeDigital ? (int) h.digitalMax() : QUANT_MAX;
        this.info = SignalInfo.of(h.label(), h.transducer(), h.physicalDimension(), h.physicalMin(), h.physicalMax(),
                dmin, dmax, h.prefilter(), h.samplesPerRecord(), sampleRate);
    }

    private static boolean isInt(double v) {
        return v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }

    GdfSignalHeader header() {
        return header;
    }

    SignalInfo info() {
        return info;
    }

    int offsetInRecord() {
        return offsetInRecord;
    }

    int bytesPerSample() {
        return type.bytes();
    }

    /** True when readDigital returns the stored values themselves. */
    boolean nativeDigital() {
        return nativeDigital;
    }

    double physical(ByteBuffer b, int pos) {
        return type.read(b, pos) * gain + offset;
    }

    int digital(ByteBuffer b, int pos) {
        if (nativeDigital) return type.readInt(b, pos);
        if (quantStep == 0 || !Double.isFinite(quantStep)) return QUANT_MIN;
        double steps = Math.rint((physical(b, pos) - header.physicalMin()) / quantStep) + QUANT_MIN;
        if (Double.isNaN(steps)) return 0;
        return (int) Math.max(QUANT_MIN, Math.min(QUANT_MAX, steps));
    }
}
