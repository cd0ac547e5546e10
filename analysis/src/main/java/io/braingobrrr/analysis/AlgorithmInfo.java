package io.braingobrrr.analysis;

import java.util.Map;

/** What produced a result: every result carries the algorithm's name, version and the parameters used. */
public record AlgorithmInfo(String name, String version, Map<String, Object> parameters) {
    public AlgorithmInfo {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));   // keeps the order given
    }
}
