package io.braingobrrr.sync.archfixture;

import io.braingobrrr.acquisition.archfixture.AcquisitionUsingAnalysis;

/** Deliberate violation (test fixture only): sync depending on acquisition. */
public class SyncUsingAcquisition {
    public Object device() {
        return AcquisitionUsingAnalysis.class;
    }
}
