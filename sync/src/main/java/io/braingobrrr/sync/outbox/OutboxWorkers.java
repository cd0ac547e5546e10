package io.braingobrrr.sync.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background delivery: a scheduler thread fans out new events and starts one worker per destination that
 * has due rows; a worker drains its destination in order (one event in flight per destination), then ends.
 * A slow or dead receiver therefore never delays the others. Stopping leaves claimed rows to their lease.
 */
public final class OutboxWorkers implements AutoCloseable {
    private final DeliveryEngine engine;
    private final Duration idlePoll;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "outbox-worker");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Object wake = new Object();
    private Thread scheduler;

    public OutboxWorkers(DeliveryEngine engine, Duration idlePoll) {
        this.engine = engine;
        this.idlePoll = idlePoll;
    }

    public synchronized void start() {
        if (scheduler != null) return;
        scheduler = new Thread(this::schedule, "outbox-scheduler");
        scheduler.setDaemon(true);
        scheduler.start();
    }

    /** Asks the scheduler to look now (after an event was recorded, or a retry/resume). */
    public void wakeUp() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void schedule() {
        while (!stopped.get()) {
            try {
                engine.dispatch();
                for (String d : engine.queue().destinationsWithPending()) {
                    if (running.add(d)) pool.execute(() -> drain(d));
                }
            } catch (RuntimeException e) {
                // The database may be busy or briefly unavailable: try again on the next round.
            }
            synchronized (wake) {
                try {
                    wake.wait(Math.max(1, idlePoll.toMillis()));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void drain(String destination) {
        try {
            while (!stopped.get()) {
                Optional<Attempt> a = engine.deliverNext(destination);
                if (a.isEmpty()) return;     // nothing due: the scheduler comes back when it is
            }
        } catch (RuntimeException e) {
            // leave it to the next round; the row's lease makes it claimable again
        } finally {
            running.remove(destination);
        }
    }

    @Override
    public void close() {
        stopped.set(true);
        wakeUp();
        if (scheduler != null) scheduler.interrupt();
        pool.shutdownNow();
    }
}
