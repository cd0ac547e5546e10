package io.braingobrrr.analysis.archfixture;

import io.braingobrrr.app.report.Numbers;

/** Deliberate violation (test fixture only): a lower module calling into app. */
public class AnalysisUsingApp {
    public String up(double x) {
        return Numbers.plain(x);
    }
}
