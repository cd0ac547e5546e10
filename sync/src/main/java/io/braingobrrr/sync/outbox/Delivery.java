package io.braingobrrr.sync.outbox;

/** Sends one queued event to its destination. Implementations never throw for a network problem: they answer RETRY. */
public interface Delivery {
    Attempt deliver(OutboxEntry entry);
}
