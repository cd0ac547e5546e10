package io.braingobrrr.sync.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try again and when to give up. Backoff is exponential with full jitter (a uniformly random
 * delay between 0 and min(cap, base * 2^attempt)), so that many clinics coming back online at once do not
 * hammer the central server in lockstep.
 *
 * @param maxAttempts after this many failed attempts the row is dead-lettered
 * @param maxAge      a row still failing this long after its window started is dead-lettered
 * @param lease       how long a claimed row belongs to its worker; a crashed worker's row is retried after it
 * @param timeout     the whole HTTP call, connect to last byte
 */
public record RetryPolicy(int maxAttempts, Duration maxAge, Duration baseDelay, Duration maxDelay, Duration lease,
                          Duration timeout) {
    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be 1 or more, not " + maxAttempts);
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
        if (lease.compareTo(timeout) <= 0) throw new IllegalArgumentException("the lease must outlast the HTTP timeout");
    }

    /** Days of outage are normal in a clinic: keep trying for a week, at most hourly. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(200, Duration.ofDays(7), Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofSeconds(30));
    }

    /** The wait before the next attempt after {@code attempts} failed ones (1 = the first failure). */
    public Duration delayAfter(int attempts, RandomGenerator random) {
        int exp = Math.min(Math.max(attempts - 1, 0), 40);
        double ceiling = Math.min((double) maxDelay.toMillis(), baseDelay.toMillis() * Math.pow(2, exp));
        return Duration.ofMillis((long) (random.nextDouble() * ceiling));
    }
}
