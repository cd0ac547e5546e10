package io.braingobrrr.core.archfixture;

import io.braingobrrr.analysis.archfixture.AnalysisUsingSync;

/** Deliberate violation (test fixture only): core depending on a module above it. */
public class CoreUsingAnalysis {
    public Object up() {
        return new AnalysisUsingSync();
    }
}
