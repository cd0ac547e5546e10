package io.braingobrrr.analysis.archfixture;

import io.braingobrrr.sync.archfixture.SyncUsingAnalysis;

/** Deliberate violation (test fixture only): analysis depending on sync. */
public class AnalysisUsingSync {
    public Object sideways() {
        return SyncUsingAnalysis.class;
    }
}
