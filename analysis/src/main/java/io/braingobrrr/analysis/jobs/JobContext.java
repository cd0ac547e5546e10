package io.braingobrrr.analysis.jobs;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** What a running task sees of its job: progress reporting and the cancel flag. */
public interface JobContext {
    /** @param fraction 0..1 (clamped; never goes backwards) */
    void progress(double fraction, String stage);

    boolean cancelled();

    /** The flag itself, for code that polls one (AnalysisRunner). */
    AtomicBoolean cancelFlag();

    default void throwIfCancelled() {
        if (cancelled()) throw new CancellationException("cancelled");
    }
}
