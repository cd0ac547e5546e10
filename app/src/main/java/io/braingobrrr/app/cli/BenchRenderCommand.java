package io.braingobrrr.app.cli;

import io.braingobrrr.app.viewer.page.PageCache;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.nio.file.Path;

/**
 * `brrr bench render FILE`: the viewer's page flip measured end to end (read, montage, display filters,
 * render into the pixel buffer), page after page through the file; plus the cold first page (open the
 * file, read, filter, render with text), which is what a user waits for after opening.
 */
@Command(name = "render", description = {"Time page flips: read + montage + filters + rendering into the pixel buffer.",
        "Prints the distribution (p50/p95/p99/max ms) and the cold time to the first page."})
final class BenchRenderCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Mixin
    ViewOptions view;

    @Option(names = "--pages", paramLabel = "N", description = "Timed page flips (default 300).")
    int pages = 300;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed page flips first, for the JIT (default 50).")
    int warmup = 50;

    @Option(names = "--width", paramLabel = "PX", description = "Image width (default 1920).")
    int width = 1920;

    @Option(names = "--height", paramLabel = "PX", description = "Image height (default 1080).")
    int height = 1080;

    @Option(names = "--no-cache", description = "Read and filter every page on the flip itself (the viewer before the page cache).")
    boolean noCache;

    @Option(names = "--pause-ms", paramLabel = "MS", description = "Pause between flips, as a reader gives the prefetch (default 0: back to back).")
    int pauseMs;

    @Option(names = "--browse", description = "Instead: page once through the whole recording and report the peak heap (run with -Xmx512m).")
    boolean browse;

    record Document(String file, int channels, int pages, double firstPageMs, double p50Ms, double p95Ms,
                    double p99Ms, double maxMs, double meanMs, int width, int height, String montage,
                    double processCpuMsPerFlip, long collections, long collectionMs) {
    }

    @Override
    protected int execute() throws Exception {
        if (pages < 1 || warmup < 0 || pauseMs < 0) throw new BadInputException("--pages must be >= 1, --warmup and --pause-ms >= 0");
        DisplaySettings settings = view.settings();
        inputFile(file);
        long t0 = System.nanoTime();
        double firstPageMs;
        try (SignalSource first = RecordingReader.open(file)) {
            PageLoader loader = view.loader(first, file);
            new PageImage(width, height).draw(loader.load(0, settings.pageSeconds()), settings);
            firstPageMs = (System.nanoTime() - t0) / 1e6;
        }
        if (browse) return browse(settings);
        try (SignalSource recording = RecordingReader.open(file);
             PageCache cache = new PageCache(view.loader(recording, file), !noCache)) {
            PageLoader loader = cache.loader();
            PageImage image = new PageImage(width, height);
            int pageCount = (int) Math.max(1, Math.floor(recording.durationSeconds() / settings.pageSeconds()));
            double[] ms = new double[pages];
            double[] loadMs = new double[pages];
            double[] cpuMs = new double[pages];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long processCpu = 0;
            long[] gc = new long[2];
            for (int i = -warmup; i < pages; i++) {
                if (i == 0) {
                    processCpu = processCpuNanos();
                    gc = collections();
                }
                int k = Math.floorMod(i, pageCount);
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                var page = noCache ? loader.load(k * settings.pageSeconds(), settings.pageSeconds())
                        : cache.page(k * settings.pageSeconds(), settings.pageSeconds());
                long loaded = System.nanoTime();
                image.drawTraces(page, settings);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    loadMs[i] = (loaded - t) / 1e6;
                    cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                }
                if (pauseMs > 0) Thread.sleep(pauseMs);
            }
            double processCpuMs = (processCpuNanos() - processCpu) / 1e6 / pages;
            long[] gcAfter = collections();
            double[] sortedLoad = loadMs.clone();
            Arrays.sort(sortedLoad);
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            Document d = new Document(file.toString(), loader.labels().size(), pages, firstPageMs, pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1], Arrays.stream(ms).average().orElse(0),
                    width, height, view.montage, processCpuMs, gcAfter[0] - gc[0], gcAfter[1] - gc[1]);
            if (json()) {
                printJson(d);
            } else {
                out().printf("%s: %d channels, %s, %d x %d px, %d page flips of %s s (filters LFF %s HFF %s notch %s), %s, pause %d ms%n",
                        file.getFileName(), d.channels(), view.montage, width, height, pages, settings.pageSeconds(),
                        loader.filters().lffHz(), loader.filters().hffHz(), loader.filters().notchHz(),
                        noCache ? "no page cache" : "page cache + prefetch", pauseMs);
                out().printf("page flip ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f%n",
                        d.p50Ms(), d.p95Ms(), d.p99Ms(), d.maxMs(), d.meanMs());
                out().printf("of which read + montage + filters: p50 %.2f  p95 %.2f  max %.2f%n",
                        pct(sortedLoad, 50), pct(sortedLoad, 95), sortedLoad[sortedLoad.length - 1]);
                // CPU time of the flipping thread: what the flip costs when the machine is not shared.
                double[] sortedCpu = cpuMs.clone();
                Arrays.sort(sortedCpu);
                out().printf("flipping thread CPU ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                        pct(sortedCpu, 50), pct(sortedCpu, 95), pct(sortedCpu, 99), sortedCpu[sortedCpu.length - 1]);
                // All threads (prefetch, filter pool, GC, JIT) per flip, and the collections that paused the flips.
                out().printf("process CPU per flip: %.2f ms (%s); young+old collections during the flips: %d, %d ms in all%n",
                        processCpuMs, Runtime.getRuntime().availableProcessors() + " cores", d.collections(), d.collectionMs());
                out().printf("first page (open + read + filter + render with text, cold): %.1f ms%n", firstPageMs);
            }
        }
        return Cli.OK;
    }

    /**
     * Every page of the recording once, in order, through the viewer's page cache, drawing each; the heap's
     * peak (after the JIT's warm-up pages) shows whether browsing stays within a small -Xmx.
     */
    private int browse(DisplaySettings settings) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peak = 0;
        int count = 0;
        long t0 = System.nanoTime();
        try (SignalSource recording = RecordingReader.open(file);
             PageCache cache = new PageCache(view.loader(recording, file), !noCache)) {
            PageImage image = new PageImage(width, height);
            for (double from = 0; from < recording.durationSeconds(); from += settings.pageSeconds(), count++) {
                image.drawTraces(cache.page(from, settings.pageSeconds()), settings);
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (json()) {
            printJson(new BrowseDocument(file.toString(), count, seconds, peak / 1048576.0, maxHeap / 1048576.0));
        } else {
            out().printf("%s: browsed %d pages of %s s in %.1f s; peak heap used %.0f MB of max %.0f MB%n",
                    file.getFileName(), count, settings.pageSeconds(), seconds, peak / 1048576.0, maxHeap / 1048576.0);
        }
        return Cli.OK;
    }

    /** CPU time of the whole JVM, or 0 where the platform does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** {count, milliseconds} of garbage collections so far, all collectors. */
    private static long[] collections() {
        long[] c = new long[2];
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            c[0] += Math.max(0, b.getCollectionCount());
            c[1] += Math.max(0, b.getCollectionTime());
        }
        return c;
    }

    record BrowseDocument(String file, int pages, double seconds, double peakHeapMb, double maxHeapMb) {
    }

    /** Nearest-rank percentile of sorted values. */
    private static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
