package io.braingobrrr.analysis.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A priority queue of jobs run by a fixed number of worker threads: urgent before expedite before normal,
 * first come first served within a priority. No preemption: a running job finishes (or is cancelled)
 * before its worker takes the next. Pure Java; the GUI and the REST API observe jobs through the
 * {@link Listener} and the {@link Job} getters.
 */
public final class JobQueue implements AutoCloseable {
    /** Called on every state or progress change, on the worker's thread: keep it quick. */
    @FunctionalInterface
    public interface Listener {
        void changed(Job<?> job);
    }

    private static final Comparator<Job<?>> ORDER = Comparator.<Job<?>, Priority>comparing(Job::priority).reversed()
            .thenComparingLong(Job::sequence);

    private final PriorityBlockingQueue<Job<?>> queue = new PriorityBlockingQueue<>(16, ORDER);
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Listener listener;
    private volatile boolean closed;

    public JobQueue(int workers, Listener listener) {
        if (workers < 1) throw new IllegalArgumentException("a job queue needs at least one worker, not " + workers);
        this.listener = listener;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "brrr-job-" + i);
            t.setDaemon(true);
            t.start();
            this.workers.add(t);
        }
    }

    public <T> Job<T> submit(String name, Priority priority, JobTask<T> task) {
        if (closed) throw new IllegalStateException("job queue is closed");
        long id = ids.incrementAndGet();
        Job<T> job = new Job<>(id, id, name, priority, task, listener);
        queue.add(job);
        listener.changed(job);
        return job;
    }

    /** One job per task, same priority, in the given order (a batch over many recordings). */
    public <T> List<Job<T>> submitAll(String name, Priority priority, List<JobTask<T>> tasks) {
        List<Job<T>> jobs = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) jobs.add(submit(name + " " + (i + 1) + "/" + tasks.size(), priority, tasks.get(i)));
        return jobs;
    }

    /** Jobs waiting, in the order they would start. */
    public List<Job<?>> waiting() {
        List<Job<?>> l = new ArrayList<>(queue);
        l.sort(ORDER);
        return l;
    }

    private void work() {
        while (!closed) {
            Job<?> job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            job.execute();
        }
    }

    /** Cancels waiting jobs and the running ones, and stops the workers. */
    @Override
    public void close() {
        closed = true;
        for (Job<?> j : queue) j.cancel();
        queue.clear();
        workers.forEach(Thread::interrupt);
    }
}
