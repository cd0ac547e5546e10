package io.braingobrrr.acquisition.archfixture;

import io.braingobrrr.sync.archfixture.SyncUsingAnalysis;

/** Deliberate violation (test fixture only): acquisition depending on sync. */
public class AcquisitionUsingSync {
    public Object network() {
        return SyncUsingAnalysis.class;
    }
}
