package io.braingobrrr.analysis.result;

import java.util.Map;

/**
 * Which algorithm, in which version, with which parameters produced a result: stored with every result so
 * a finding can be traced and results of different versions are never silently mixed.
 */
public record Provenance(String algorithm, String version, Map<String, Object> parameters) {
    public Provenance {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
