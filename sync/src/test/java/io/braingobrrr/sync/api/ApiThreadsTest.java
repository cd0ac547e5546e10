package io.braingobrrr.sync.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jetty runs requests on a few threads sized to the cores; more connections than threads wait their turn. */
class ApiThreadsTest {
    @TempDir
    Path dir;

    @Test
    void defaultIsTwoThreadsPerCoreAndAtLeastFour() {
        assertEquals(4, ApiConfig.defaultWorkerThreads(1));
        assertEquals(4, ApiConfig.defaultWorkerThreads(2));
        assertEquals(8, ApiConfig.defaultWorkerThreads(4));
        assertEquals(32, ApiConfig.defaultWorkerThreads(16));
    }

    @Test
    void fewerThanTwoThreadsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiConfig.defaults().withWorkerThreads(1));
        assertTrue(e.getMessage().contains("workerThreads"), e.getMessage());
    }

    @Test
    void sixtyFourRequestsOnSixteenConnectionsAreAllAnsweredByTwoWorkers() throws Exception {
        ApiConfig config = ApiConfig.defaults().withRateLimit(0, Duration.ofMinutes(1)).withWorkerThreads(2);
        try (ApiHarness api = new ApiHarness(dir, config)) {
            api.addUser("tech", "technician");
            String token = api.token("tech");
            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                List<Future<ApiHarness.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    String path = i % 2 == 0 ? "/auth/me" : "/recordings?page=1&size=5";
                    answers.add(clients.submit(() -> api.get(path, token)));
                }
                for (Future<ApiHarness.Answer> f : answers) assertEquals(200, f.get().status(), f.get().text());
            } finally {
                clients.shutdownNow();
            }
            // The two workers, the acceptor and the selector: the pool did not grow with the connections.
            long apiThreads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("brrr-api")).count();
            assertEquals(4, apiThreads);
        }
    }
}
