package io.braingobrrr.analysis.dsp;

/** The classical EEG bands, half-open [lo, hi) in Hz. */
public enum Band {
    DELTA(0.5, 4),
    THETA(4, 8),
    ALPHA(8, 12),
    SIGMA(12, 15),
    BETA(15, 30);

    private final double lo;
    private final double hi;

    Band(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    public double lowHz() {
        return lo;
    }

    public double highHz() {
        return hi;
    }

    /** Lower-case name as JSON and the reference use ("delta"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
