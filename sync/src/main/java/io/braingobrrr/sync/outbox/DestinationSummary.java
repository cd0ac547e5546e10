package io.braingobrrr.sync.outbox;

/** Queue counts of one destination, as `brrr sync status` and the API show them. */
public record DestinationSummary(String name, long pending, long delivered, long dead, boolean paused) {
}
