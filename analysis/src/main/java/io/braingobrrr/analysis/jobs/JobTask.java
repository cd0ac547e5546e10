package io.braingobrrr.analysis.jobs;

/** The work of a job. It reports progress through the context and should check for cancellation. */
@FunctionalInterface
public interface JobTask<T> {
    T run(JobContext context) throws Exception;
}
