package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.SignalInfo;

import java.util.List;

/**
 * The header fields of one ordinary signal as written, and how its samples get there.
 *
 * <p>Digital samples are copied unchanged whenever the target sample width holds them. Two cases cannot:
 * a header whose digital range exceeds the width although its samples are stored in fewer bits (some
 * 16-bit EDF files declare such ranges), where the digital range is clipped to the width and the physical
 * bounds moved along the same line so every sample keeps its value; and 24-bit samples going into a
 * 16-bit EDF, which are requantised from their physical values onto -32768..32767.
 */
final class EdfSignalFields {
    enum Conversion { COPY, REQUANTISE }

    final String label;
    final String transducer;
    final String physicalDimension;
    final String physicalMin;
    final String physicalMax;
    final int digitalMin;
    final int digitalMax;
    final String prefilter;
    final int samplesPerRecord;
    final Conversion conversion;
    /** For REQUANTISE: physical value of digital 0 and physical units per digital step in the written file. */
    final double writtenOffset;
    final double writtenGain;

    private EdfSignalFields(SignalInfo s, String physicalMin, String physicalMax, int digitalMin, int digitalMax,
                            Conversion conversion) {
        this.label = s.label();
        this.transducer = s.transducer();
        this.physicalDimension = s.physicalDimension();
        this.physicalMin = physicalMin;
        this.physicalMax = physicalMax;
        this.digitalMin = digitalMin;
        this.digitalMax = digitalMax;
        this.prefilter = s.prefilter();
        this.samplesPerRecord = s.samplesPerRecord();
        this.conversion = conversion;
        double pMin = Double.parseDouble(physicalMin);
        double pMax = Double.parseDouble(physicalMax);
        int span = digitalMax - digitalMin;
        this.writtenGain = span == 0 ? 1.0 : (pMax - pMin) / span;
        this.writtenOffset = pMin - digitalMin * writtenGain;
    }

    /**
     * Plans one signal.
     *
     * @param sourceIs24Bit whether the source stores 24-bit samples (which may use the whole 24-bit range)
     */
    static EdfSignalFields plan(SignalInfo s, boolean sourceIs24Bit, EdfWriteOptions target, List<String> warnings) {
        int lo = target.digitalLimitMin();
        int hi = target.digitalLimitMax();
        int dMin = s.digitalMin();
        int dMax = s.digitalMax();
        boolean headerFits = Math.min(dMin, dMax) >= lo && Math.max(dMin, dMax) <= hi;
        if (headerFits) {
            return new EdfSignalFields(s, physical(s.physicalMin(), s, "physical minimum", warnings),
                    physical(s.physicalMax(), s, "physical maximum", warnings), dMin, dMax, Conversion.COPY);
        }
        if (!sourceIs24Bit || target.bdf()) {
            // Samples are no wider than the target; only the header claims more. Clip the range, keep the line.
            int newMin = clamp(dMin, lo, hi);
            int newMax = clamp(dMax, lo, hi);
            warnings.add("signal '" + s.label() + "': digital range " + dMin + ".." + dMax + " does not fit "
                    + (target.bdf() ? 24 : 16) + " bits; written as " + newMin + ".." + newMax
                    + " with the physical range moved along the same scale (samples unchanged)");
            return new EdfSignalFields(s, physical(s.toPhysical(newMin), s, "physical minimum", warnings),
                    physical(s.toPhysical(newMax), s, "physical maximum", warnings), newMin, newMax, Conversion.COPY);
        }
        boolean inverted = dMin > dMax;
        int newMin = inverted ? hi : lo;
        int newMax = inverted ? lo : hi;
        EdfSignalFields f = new EdfSignalFields(s, physical(s.physicalMin(), s, "physical minimum", warnings),
                physical(s.physicalMax(), s, "physical maximum", warnings), newMin, newMax, Conversion.REQUANTISE);
        warnings.add("signal '" + s.label() + "': 24-bit samples requantised to 16 bits; resolution "
                + EdfHeaderFields.number(Math.abs(s.gain())) + " -> " + EdfHeaderFields.number(Math.abs(f.writtenGain))
                + " " + s.physicalDimension().trim() + " per step (values round to the nearest new step)");
        return f;
    }

    /** The annotation signal: "EDF Annotations" (BDF+: "BDF Annotations", as EDFlib/EDFbrowser write it). */
    static EdfSignalFields annotations(EdfWriteOptions target, int samplesPerRecord, double recordDuration) {
        SignalInfo s = SignalInfo.of(target.bdf() ? "BDF Annotations" : "EDF Annotations", "", "", -1, 1,
                target.digitalLimitMin(), target.digitalLimitMax(), "", samplesPerRecord,
                recordDuration > 0 ? samplesPerRecord / recordDuration : 0);
        return new EdfSignalFields(s, "-1", "1", s.digitalMin(), s.digitalMax(), Conversion.COPY);
    }

    private static String physical(double value, SignalInfo s, String what, List<String> warnings) {
        String text = EdfHeaderFields.number(value);
        double back = Double.parseDouble(text);
        if (back != value && Math.abs(back - value) > 1e-12 * Math.max(1, Math.abs(value))) {
            warnings.add("signal '" + s.label() + "': " + what + " " + value + " written as " + text
                    + " (8-character field)");
        }
        return text;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Digital value of a physical one in the written file, rounded; the caller clips it to the sample width (and counts). */
    int requantise(double physical) {
        long d = Math.round((physical - writtenOffset) / writtenGain);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d));
    }
}
