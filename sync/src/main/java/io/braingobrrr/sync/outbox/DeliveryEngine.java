package io.braingobrrr.sync.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * One delivery step at a time, driven by a {@link Clock} so tests can simulate days of outage in
 * milliseconds: fan out new events, claim the head of a destination, send it, record the outcome.
 * {@link OutboxWorkers} runs it on threads; tests and the benchmark may call it directly.
 */
public final class DeliveryEngine {
    private final OutboxQueue queue;
    private final DestinationResolver resolver;
    private final Function<String, Delivery> deliveries;
    private final RetryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;
    /** Unique per process run: a restarted process never mistakes an old lease for its own. */
    private final String owner = "worker-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

    /**
     * @param deliveries the delivery for a destination name (e.g. webhook:3, fhir)
     */
    public DeliveryEngine(OutboxQueue queue, DestinationResolver resolver, Function<String, Delivery> deliveries,
                          RetryPolicy policy, Clock clock, RandomGenerator random) {
        this.queue = queue;
        this.resolver = resolver;
        this.deliveries = deliveries;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    public OutboxQueue queue() {
        return queue;
    }

    public RetryPolicy policy() {
        return policy;
    }

    public Clock clock() {
        return clock;
    }

    /** Fans new events out to their destinations; returns how many events. */
    public int dispatch() {
        return queue.fanOut(resolver, clock.instant());
    }

    /**
     * Attempts the head of {@code destination} if it is due; returns the attempt, or empty when nothing was
     * claimable (empty, not yet due, leased by another worker, or paused).
     */
    public Optional<Attempt> deliverNext(String destination) {
        Optional<OutboxEntry> claimed = queue.claimHead(destination, owner, clock.instant(), policy.lease());
        if (claimed.isEmpty()) return Optional.empty();
        OutboxEntry e = claimed.get();
        Attempt a;
        try {
            a = deliveries.apply(destination).deliver(e);
        } catch (RuntimeException ex) {
            // A bug or an unexpected library failure must not kill the worker: retry later, keep the reason.
            a = Attempt.retry("delivery failed: " + ex);
        }
        Instant now = clock.instant();
        switch (a.outcome()) {
            case DELIVERED -> queue.delivered(e.id(), owner, now);
            case DEAD -> queue.dead(e.id(), owner, a.detail());
            case RETRY -> {
                Duration age = Duration.between(queue.windowStart(e.id()), now);
                if (e.attempts() >= policy.maxAttempts()) {
                    queue.dead(e.id(), owner, a.detail() + " (gave up after " + e.attempts() + " attempts)");
                } else if (age.compareTo(policy.maxAge()) >= 0) {
                    queue.dead(e.id(), owner, a.detail() + " (gave up after " + age.toHours() + " h)");
                } else {
                    queue.failed(e.id(), owner, a.detail(), now.plus(policy.delayAfter(e.attempts(), random)));
                }
            }
        }
        return Optional.of(a);
    }

    /** Dispatches, then gives every destination with pending rows one chance; returns the attempts made. */
    public int step() {
        dispatch();
        int n = 0;
        for (String d : queue.destinationsWithPending()) {
            if (deliverNext(d).isPresent()) n++;
        }
        return n;
    }
}
