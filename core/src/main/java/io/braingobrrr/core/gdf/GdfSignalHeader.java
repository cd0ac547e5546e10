package io.braingobrrr.core.gdf;

/**
 * One channel's header as the file declares it. GDF 1 stores digital limits as int64, GDF 2 as
 * float64; both are kept as double here.
 *
 * @param physicalDimension the unit text, or (GDF 2, text empty) the unit derived from {@code dimensionCode}
 * @param dimensionCode     GDF 2 unit code (e.g. 4275 = µV), 0 in GDF 1
 * @param prefilter         GDF 1 text, or GDF 2 text / "HP:… LP:… N:…" built from the filter fields
 * @param lowpassHz         GDF 2 low-pass corner, NaN when unknown or GDF 1
 * @param highpassHz        GDF 2 high-pass corner, NaN when unknown or GDF 1
 * @param notchHz           GDF 2 notch frequency, NaN when unknown or GDF 1
 */
public record GdfSignalHeader(
        String label,
        String transducer,
        String physicalDimension,
        int dimensionCode,
        double physicalMin,
        double physicalMax,
        double digitalMin,
        double digitalMax,
        String prefilter,
        double lowpassHz,
        double highpassHz,
        double notchHz,
        int samplesPerRecord,
        GdfDataType type) {

    /** Physical units per digital unit (GDF scaling applies to every type, floats included). */
    public double gain() {
        double span = digitalMax - digitalMin;
        return span == 0 ? 1.0 : (physicalMax - physicalMin) / span;
    }

    /** Physical value of digital zero: physical = digital * gain + offset. */
    public double offset() {
        return physicalMin - digitalMin * gain();
    }

    /** Bytes of this channel in one data record. */
    public long bytesPerRecord() {
        return (long) samplesPerRecord * type.bytes();
    }
}
