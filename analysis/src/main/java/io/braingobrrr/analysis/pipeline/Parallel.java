package io.braingobrrr.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** A bounded pool for per-channel work, results in input order; daemon threads so a stuck run never keeps the JVM. */
final class Parallel {
    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        if (items.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())), r -> {
            Thread t = new Thread(r, "brrr-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("analysis interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
