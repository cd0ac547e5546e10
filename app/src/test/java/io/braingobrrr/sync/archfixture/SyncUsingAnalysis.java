package io.braingobrrr.sync.archfixture;

import io.braingobrrr.analysis.archfixture.AnalysisUsingApp;

/** Allowed (test fixture only): sync may use analysis, it pushes results. */
public class SyncUsingAnalysis {
    public Object results() {
        return AnalysisUsingApp.class;
    }
}
