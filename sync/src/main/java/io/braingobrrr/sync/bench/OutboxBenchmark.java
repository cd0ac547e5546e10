package io.braingobrrr.sync.bench;

import com.sun.net.httpserver.HttpServer;
import io.braingobrrr.core.outbox.Outbox;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.SyncServices;
import io.braingobrrr.sync.outbox.DestinationSummary;
import io.braingobrrr.sync.outbox.OutboxWorkers;
import io.braingobrrr.sync.outbox.RetryPolicy;
import io.braingobrrr.sync.webhook.WebhookSubscription;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * `brrr bench outbox`: queue N events in a fresh database (one transaction), then let the background workers
 * drain them to a webhook receiver on 127.0.0.1 (signed, one in flight: delivery is ordered). Reports the
 * drain's throughput and the JVM's peak heap while draining.
 */
public final class OutboxBenchmark {
    /** @param distinctReceived event ids the receiver saw (must equal events) */
    public record Result(int events, double seconds, double eventsPerS, double peakHeapMb, long distinctReceived,
                         long received) {
    }

    private OutboxBenchmark() {
    }

    public static Result run(int events, Path workDir) throws IOException, SQLException, InterruptedException {
        Path dbFile = Files.createTempFile(workDir, "bench-outbox", ".db");
        Files.delete(dbFile);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        long[] received = {0};
        // Without TCP_NODELAY the JDK server's delayed ACKs add ~40 ms to every request (Nagle), measuring the receiver.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        receiver.createContext("/hook", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                in.readAllBytes();
            }
            ids.add(ex.getRequestHeaders().getFirst("webhook-id"));
            synchronized (received) {
                received[0]++;
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.start();
        try {
            Database db = Database.open(dbFile);
            SyncServices s = new SyncServices(db, RetryPolicy.defaults(), Clock.systemUTC());
            WebhookSubscription sub = s.webhooks().create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    "benchmark", java.util.List.of());
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                for (int i = 0; i < events; i++) {
                    Outbox.record(c, "analysis.completed", "analysis:" + i, "{\"analysis_id\":" + i + ",\"recording_id\":1}");
                }
                c.commit();
                c.setAutoCommit(true);
            }
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
            long t0 = System.nanoTime();
            try (OutboxWorkers w = s.startWorkers(Duration.ofMillis(50))) {
                while (ids.size() < events) Thread.sleep(20);
                // The receiver has them all; the last one is marked delivered right after its response.
                while (delivered(s, sub.destination()) < events) Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
            }
            return new Result(events, seconds, events / seconds, peak / 1e6, ids.size(), received[0]);
        } finally {
            receiver.stop(0);
            Files.deleteIfExists(dbFile);
            Files.deleteIfExists(Path.of(dbFile + "-wal"));
            Files.deleteIfExists(Path.of(dbFile + "-shm"));
        }
    }

    private static long delivered(SyncServices s, String destination) {
        return s.queue().summary().stream().filter(d -> d.name().equals(destination))
                .mapToLong(DestinationSummary::delivered).sum();
    }
}
