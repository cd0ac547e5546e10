package io.braingobrrr.analysis.dsp;

import java.util.EnumMap;
import java.util.Map;

/**
 * Absolute power per {@link Band} (unit²) and relative power (share of the sum of the available bands).
 * A band whose lower edge is at or above Nyquist cannot be measured and is absent (null), as in the
 * reference; a band that straddles Nyquist sums the bins up to Nyquist.
 */
public record BandPowers(Map<Band, Double> absolute, Map<Band, Double> relative) {

    public static BandPowers of(Psd psd) {
        Map<Band, Double> abs = new EnumMap<>(Band.class);
        double total = 0;
        for (Band b : Band.values()) {
            if (b.lowHz() >= psd.nyquistHz()) continue;
            double p = psd.power(b.lowHz(), b.highHz());
            abs.put(b, p);
            total += p;
        }
        Map<Band, Double> rel = new EnumMap<>(Band.class);
        for (Map.Entry<Band, Double> e : abs.entrySet()) rel.put(e.getKey(), total > 0 ? e.getValue() / total : 0.0);
        return new BandPowers(Map.copyOf(abs), Map.copyOf(rel));
    }

    /** Absolute power of a band, or null when the band lies at or above Nyquist. */
    public Double absolute(Band b) {
        return absolute.get(b);
    }

    public Double relative(Band b) {
        return relative.get(b);
    }

    /** Absolute power or 0 when unavailable (for ratios that should not fail on low-rate channels). */
    public double absoluteOrZero(Band b) {
        Double v = absolute.get(b);
        return v == null ? 0 : v;
    }
}
