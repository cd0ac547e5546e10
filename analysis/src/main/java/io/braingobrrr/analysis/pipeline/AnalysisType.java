package io.braingobrrr.analysis.pipeline;

import java.util.Locale;

/** The seed API's analysis types. quick = quality + spectra + screening; standard adds sleep; comprehensive everything. */
public enum AnalysisType {
    QUICK, STANDARD, COMPREHENSIVE;

    public static AnalysisType parse(String s) {
        for (AnalysisType t : values()) if (t.name().equalsIgnoreCase(s == null ? "" : s.trim())) return t;
        throw new IllegalArgumentException("unknown analysis type '" + s + "' (quick, standard, comprehensive)");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
