package io.braingobrrr.acquisition.archfixture;

import io.braingobrrr.analysis.archfixture.AnalysisUsingSync;

/** Allowed (test fixture only): acquisition may use analysis, e.g. live signal quality. */
public class AcquisitionUsingAnalysis {
    public Object quality() {
        return AnalysisUsingSync.class;
    }
}
