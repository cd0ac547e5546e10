package io.braingobrrr.app.cli;

import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    record Document(String file, int channels, int pages, double firstPageMs, double p50Ms, double p95Ms,
                    double p99Ms, double maxMs, double meanMs, int width, int height, String montage) {
    }

    @Override
    protected int execute() throws Exception {
        if (pages < 1 || warmup < 0) throw new BadInputException("--pages must be >= 1 and --warmup >= 0");
        DisplaySettings settings = view.settings();
        inputFile(file);
        long t0 = System.nanoTime();
        double firstPageMs;
        try (SignalSource first = RecordingReader.open(file)) {
            PageLoader loader = view.loader(first, file);
            new PageImage(width, height).draw(loader.load(0, settings.pageSeconds()), settings);
            firstPageMs = (System.nanoTime() - t0) / 1e6;
        }
        try (SignalSource recording = RecordingReader.open(file)) {
            PageLoader loader = view.loader(recording, file);
            PageImage image = new PageImage(width, height);
            int pageCount = (int) Math.max(1, Math.floor(recording.durationSeconds() / settings.pageSeconds()));
            double[] ms = new double[pages];
            double[] loadMs = new double[pages];
            for (int i = -warmup; i < pages; i++) {
                int k = Math.floorMod(i, pageCount);
                long t = System.nanoTime();
                var page = loader.load(k * settings.pageSeconds(), settings.pageSeconds());
                long loaded = System.nanoTime();
                image.drawTraces(page, settings);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    loadMs[i] = (loaded - t) / 1e6;
                }
            }
            double[] sortedLoad = loadMs.clone();
            Arrays.sort(sortedLoad);
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            Document d = new Document(file.toString(), loader.labels().size(), pages, firstPageMs, pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1], Arrays.stream(ms).average().orElse(0),
                    width, height, view.montage);
            if (json()) {
                printJson(d);
            } else {
                out().printf("%s: %d channels, %s, %d x %d px, %d page flips of %s s (filters LFF %s HFF %s notch %s)%n",
                        file.getFileName(), d.channels(), view.montage, width, height, pages, settings.pageSeconds(),
                        loader.filters().lffHz(), loader.filters().hffHz(), loader.filters().notchHz());
                out().printf("page flip ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f%n",
                        d.p50Ms(), d.p95Ms(), d.p99Ms(), d.maxMs(), d.meanMs());
                out().printf("of which read + montage + filters: p50 %.2f  p95 %.2f  max %.2f%n",
                        pct(sortedLoad, 50), pct(sortedLoad, 95), sortedLoad[sortedLoad.length - 1]);
                out().printf("first page (open + read + filter + render with text, cold): %.1f ms%n", firstPageMs);
            }
        }
        return Cli.OK;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
