package io.braingobrrr.sync.outbox;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A delivery process for {@link DeliveryCrashTest} to kill: background workers on the given database, forever. */
public final class DeliveryProcessMain {
    static final RetryPolicy POLICY = new RetryPolicy(1000, Duration.ofDays(7), Duration.ofMillis(50), Duration.ofSeconds(1),
            Duration.ofSeconds(4), Duration.ofSeconds(2));

    private DeliveryProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        new SyncServices(db, POLICY, Clock.systemUTC()).startWorkers(Duration.ofMillis(20));
        System.out.println("started");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
