package io.braingobrrr.sync.outbox;

/** What one delivery attempt came to. */
public record Attempt(Outcome outcome, String detail) {
    public enum Outcome {
        /** The receiver took it (2xx). */
        DELIVERED,
        /** Try again later (5xx, other 4xx, timeout, connection refused). */
        RETRY,
        /** Never again: the destination is gone (410) or no longer configured. */
        DEAD
    }

    public static Attempt delivered(String detail) {
        return new Attempt(Outcome.DELIVERED, detail);
    }

    public static Attempt retry(String detail) {
        return new Attempt(Outcome.RETRY, detail);
    }

    public static Attempt dead(String detail) {
        return new Attempt(Outcome.DEAD, detail);
    }
}
