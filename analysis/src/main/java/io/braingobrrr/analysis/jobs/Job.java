package io.braingobrrr.analysis.jobs;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A queued unit of work and its observable state. Thread-safe. */
public final class Job<T> implements JobContext {
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED }

    private final long id;
    private final long sequence;
    private final String name;
    private final Priority priority;
    private final JobTask<T> task;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final JobQueue.Listener listener;
    private volatile Status status = Status.QUEUED;
    private volatile double progress;
    private volatile String stage = "queued";
    private volatile T result;
    private volatile String error;

    Job(long id, long sequence, String name, Priority priority, JobTask<T> task, JobQueue.Listener listener) {
        this.id = id;
        this.sequence = sequence;
        this.name = name;
        this.priority = priority;
        this.task = task;
        this.listener = listener;
    }

    public long id() {
        return id;
    }

    long sequence() {
        return sequence;
    }

    public String name() {
        return name;
    }

    public Priority priority() {
        return priority;
    }

    public Status status() {
        return status;
    }

    public double progress() {
        return progress;
    }

    public String stage() {
        return stage;
    }

    /** The result once COMPLETED, else null. */
    public T result() {
        return result;
    }

    /** Why the job FAILED, else null. */
    public String error() {
        return error;
    }

    /** Requests cancellation: a queued job never starts; a running one stops at its next check. */
    public void cancel() {
        cancel.set(true);
        synchronized (this) {
            if (status == Status.QUEUED) finish(Status.CANCELLED, "cancelled");
        }
    }

    /** Waits until the job is finished (completed, failed or cancelled); false on timeout. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    public boolean done() {
        return finished.getCount() == 0;
    }

    @Override
    public synchronized void progress(double fraction, String stage) {
        double f = Math.max(0, Math.min(1, fraction));
        if (f > progress) progress = f;
        if (stage != null) this.stage = stage;
        listener.changed(this);
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }

    @Override
    public AtomicBoolean cancelFlag() {
        return cancel;
    }

    /** Runs the task on the calling worker thread unless the job was cancelled while queued. */
    void execute() {
        synchronized (this) {
            if (status != Status.QUEUED) return;
            status = Status.RUNNING;
            stage = "starting";
        }
        listener.changed(this);
        try {
            T r = task.run(this);
            if (cancel.get()) {
                finish(Status.CANCELLED, "cancelled");
            } else {
                result = r;
                progress = 1;
                finish(Status.COMPLETED, "done");
            }
        } catch (CancellationException e) {
            finish(Status.CANCELLED, "cancelled");
        } catch (Exception | LinkageError | AssertionError e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            finish(Status.FAILED, "failed");
        }
    }

    private synchronized void finish(Status s, String finalStage) {
        if (finished.getCount() == 0) return;
        status = s;
        stage = finalStage;
        finished.countDown();
        listener.changed(this);
    }

    @Override
    public String toString() {
        return "job " + id + " " + name + " (" + priority + ", " + status + ", " + Math.round(progress * 100) + "%, " + stage + ")";
    }
}
