package io.braingobrrr.core.edf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decodes every sample of every signal of a file to physical values (double), through the same
 * {@link EdfRecording#readPhysical} path the viewer and the analyses use, split over threads by record
 * range. Each repetition after a warm-up is timed; the result reports the median.
 */
public final class ReadBenchmark {
    /** Records decoded per call: about a megabyte of file, so a block stays in cache while each signal is read. */
    private static final int BLOCK_BYTES = 1 << 20;

    /**
     * @param bytes   the file's size in bytes (what "MB/s of EDF bytes" divides)
     * @param seconds median wall time of one full decode
     * @param runs    wall time of every timed repetition, in order
     * @param checksum sum of all physical values of the last run, so the work cannot be optimised away
     */
    public record Result(long bytes, long samples, double seconds, double[] runs, int threads, double checksum) {
        public double mbPerS() {
            return bytes / 1e6 / seconds;
        }
    }

    private ReadBenchmark() {
    }

    public static Result run(Path file, int threads, int repetitions) throws IOException {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (repetitions < 1) throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
        long size = Files.size(file);
        ExecutorService pool = executor(threads);
        try (EdfRecording rec = EdfReader.open(file)) {
            decodeAll(rec, threads, pool);   // warm-up: page cache and JIT
            double[] runs = new double[repetitions];
            double checksum = 0;
            for (int r = 0; r < repetitions; r++) {
                long t0 = System.nanoTime();
                checksum = decodeAll(rec, threads, pool);
                runs[r] = (System.nanoTime() - t0) / 1e9;
            }
            double[] sorted = runs.clone();
            Arrays.sort(sorted);
            long samples = 0;
            for (int s = 0; s < rec.signals().size(); s++) samples += rec.sampleCount(s);
            return new Result(size, samples, sorted[sorted.length / 2], runs, threads, checksum);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExecutorService executor(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-read");
            t.setDaemon(true);
            return t;
        });
    }

    private static double decodeAll(EdfRecording rec, int threads, ExecutorService pool) throws IOException {
        int records = rec.recordCount();
        int per = (records + threads - 1) / Math.max(1, threads);
        List<Future<Double>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = Math.min(records, t * per);
            int to = Math.min(records, from + per);
            parts.add(pool.submit(() -> decodeRecords(rec, from, to)));
        }
        double sum = 0;
        try {
            for (Future<Double> f : parts) sum += f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("decoding failed: " + e.getCause().getMessage(), e.getCause());
        }
        return sum;
    }

    private static double decodeRecords(EdfRecording rec, int from, int to) {
        int block = (int) Math.max(1, BLOCK_BYTES / Math.max(1, rec.header().recordBytes()));
        int maxSpr = rec.signals().stream().mapToInt(s -> s.samplesPerRecord()).max().orElse(0);
        double[] out = new double[maxSpr * block];
        double sum = 0;
        for (int r = from; r < to; r += block) {
            int n = Math.min(block, to - r);
            for (int s = 0; s < rec.signals().size(); s++) {
                int spr = rec.signals().get(s).samplesPerRecord();
                int count = spr * n;
                if (count == 0) continue;
                rec.readPhysical(s, (long) r * spr, out, 0, count);
                sum += out[0] + out[count - 1];
            }
        }
        return sum;
    }
}
