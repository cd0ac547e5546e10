package io.braingobrrr.core.edf;

/** One signal's header fields exactly as the file declares them (annotation signals included). */
public record EdfSignalHeader(
        String label,
        String transducer,
        String physicalDimension,
        double physicalMin,
        double physicalMax,
        int digitalMin,
        int digitalMax,
        String prefilter,
        int samplesPerRecord,
        String reserved) {

    /** EDF+ "EDF Annotations" (and the BDF+ "BDF Annotations") signals carry TALs, not samples. */
    public boolean isAnnotation() {
        String l = label.trim();
        return l.equals("EDF Annotations") || l.equals("BDF Annotations");
    }
}
