package io.braingobrrr.sync.outbox;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.webhook.WebhookSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A delivery process killed mid-way (SIGKILL, no shutdown hook) resumes after a restart: all delivered, in order. */
class DeliveryCrashTest {
    @TempDir
    Path dir;

    @Test
    void aKilledDeliveryProcessResumesAfterARestart() throws Exception {
        Path file = dir.resolve("brrr.db");
        Database db = Database.open(file);
        SyncServices setup = new SyncServices(db, DeliveryProcessMain.POLICY, Clock.systemUTC());
        try (TestReceiver r = new TestReceiver(n -> 200)) {
            r.delay(15);   // slow enough to kill the child while events are in flight
            WebhookSubscription sub = setup.webhooks().create(r.url(), null, List.of());
            r.secrets(sub.secrets());
            List<String> ids = OutboxDeliveryTest.record(db, "analysis.completed", 150);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    DeliveryProcessMain.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (r.calls.size() < 40 && System.nanoTime() < deadline) Thread.sleep(5);
                assertTrue(r.calls.size() >= 40, "the child delivered nothing within 60 s");
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            int beforeRestart = new LinkedHashSet<>(r.deliveredIds()).size();
            assertTrue(beforeRestart < ids.size(), "the child was killed before it finished (" + beforeRestart + ")");

            // The restarted process: its row claimed by the dead child is retried once the lease has run out.
            try (var workers = new SyncServices(db, DeliveryProcessMain.POLICY, Clock.systemUTC()).startWorkers(Duration.ofMillis(20))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                // The receiver sees the last event before the worker commits it as delivered: wait for both, or
                // closing the workers can cut off that commit (flaky on a loaded machine).
                while ((new LinkedHashSet<>(r.deliveredIds()).size() < ids.size() || setup.queue().summary().get(0).pending() > 0)
                        && System.nanoTime() < deadline) Thread.sleep(20);
            }
            List<String> firstArrivals = List.copyOf(new LinkedHashSet<>(r.deliveredIds()));
            assertEquals(ids, firstArrivals, "every event arrived, first arrivals in recording order");
            assertTrue(r.deliveredIds().size() - ids.size() <= 1, "at most the one in-flight event came twice");
            assertEquals(new DestinationSummary(sub.destination(), 0, ids.size(), 0, false), setup.queue().summary().get(0));
            assertTrue(r.calls.stream().allMatch(TestReceiver.Call::signatureValid));
        }
    }
}
