package io.braingobrrr.app.viewer.page;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.DerivedSignals;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Turns a recording, a montage and the display filters into {@link TracePage}s: derived values in µV
 * for the page's time span, plus the annotations that fall in it. One instance per open view (it
 * reuses its buffers, so it serves one thread at a time).
 */
public final class PageLoader {
    private final SignalSource source;
    private final DerivedSignals derived;
    private final List<String> labels;
    private final DisplayFilter.Settings filters;
    /** One filter per sample rate (its coefficients depend on the rate). */
    private final Map<Double, DisplayFilter> filterByRate = new HashMap<>();
    private final Set<String> filterWarnings = new LinkedHashSet<>();
    private float[][] buffer;
    /** The filter's working arrays, one set per batch, kept between pages (a page's worth is megabytes). */
    private DisplayFilter.Buffers[] buffers = new DisplayFilter.Buffers[0];
    /** Filter batches of the page being prepared ahead, for {@link #help()}. */
    private volatile List<FutureTask<Void>> pending = List.of();

    /** Unfiltered pages. */
    public PageLoader(SignalSource source, Montage montage) {
        this(source, montage, DisplayFilter.Settings.OFF);
    }

    /** Pages filtered by the analysis module's display filters (LFF, HFF, notch; zero-phase). */
    public PageLoader(SignalSource source, Montage montage, DisplayFilter.Settings filters) {
        this.source = source;
        this.derived = new DerivedSignals(source, montage);
        this.labels = derived.channels().stream().map(DerivedSignals.Channel::label).toList();
        this.filters = filters;
    }

    public DisplayFilter.Settings filters() {
        return filters;
    }

    /** Filters that could not apply at some signal's rate (e.g. HFF above Nyquist), as the filter says. */
    public List<String> filterWarnings() {
        synchronized (filterWarnings) {
            return List.copyOf(filterWarnings);
        }
    }

    public List<String> labels() {
        return labels;
    }

    /** Derivations of the montage this recording cannot show (missing electrodes, mixed rates). */
    public List<String> skipped() {
        return derived.skipped();
    }

    public double durationSeconds() {
        return source.durationSeconds();
    }

    /**
     * The page [{@code from}, + {@code seconds}). The returned page's value arrays are reused by the
     * next call; copy them to keep a page.
     */
    public TracePage load(double from, double seconds) {
        buffer = read(from, seconds, buffer, false);
        return page(buffer, from, seconds);
    }

    /**
     * As {@link #load}, into new arrays the caller keeps (the page cache: no copy of a reused buffer).
     * {@code ahead}: a page prepared before anyone waits for it; its filter batches then run one after the
     * other on this thread, leaving the other cores to the FX thread drawing the page on screen, unless a
     * thread that starts waiting for it lends a hand through {@link #help()}.
     */
    public TracePage loadOwned(double from, double seconds, boolean ahead) {
        return page(read(from, seconds, null, ahead), from, seconds);
    }

    /**
     * Runs, on the calling thread, filter batches of the page being prepared ahead that nobody has started
     * yet; returns at once when there are none. For a reader that would otherwise wait idle for that page.
     */
    public void help() {
        for (FutureTask<Void> batch : pending) batch.run();       // a started or finished batch returns at once
    }

    private float[][] read(double from, double seconds, float[][] into, boolean ahead) {
        boolean off = filters.lffHz() == 0 && filters.hffHz() == 0 && filters.notchHz() == 0;
        if (off) return derived.readPage(from, seconds, into);
        Map<Integer, float[]> filtered = filterSources(from, seconds, ahead);
        return derived.readPage(from, seconds, into,
                (signal, first, dst, count) -> System.arraycopy(filtered.get(signal), 0, dst, 0, count));
    }

    private TracePage page(float[][] values, double from, double seconds) {
        List<TracePage.Mark> marks = new ArrayList<>();
        for (Annotation a : source.annotations()) {
            if (a.onsetSeconds() >= from && a.onsetSeconds() < from + seconds) {
                marks.add(new TracePage.Mark(a.onsetSeconds(), a.text()));
            }
        }
        return new TracePage(labels, values, from, seconds, source.startTime(), marks);
    }

    /**
     * Every source signal the montage uses, through the display filter (which reads its own margins around
     * the page), on all cores: filtering is most of a page flip's cost and the signals are independent.
     * Signals sharing a rate and span are filtered in a few batches, one per core: within a batch the filter
     * interleaves channels (several times faster than one by one), and one batch per core keeps all busy
     * (for a page prepared ahead, only when a waiting thread helps; see {@link #loadOwned}).
     * Signal sources allow concurrent reads (memory-mapped files; the store synchronises its own).
     */
    private Map<Integer, float[]> filterSources(double from, double seconds, boolean ahead) {
        int threads = Runtime.getRuntime().availableProcessors();
        Map<Span, Set<Integer>> bySpan = new LinkedHashMap<>();
        for (DerivedSignals.Channel c : derived.channels()) {
            long first = source.sampleAtOrAfter(c.signals()[0], from);
            int n = (int) Math.round(seconds * c.sampleRateHz());
            for (int signal : c.signals()) {
                int count = (int) Math.max(0, Math.min(n, source.sampleCount(signal) - first));
                bySpan.computeIfAbsent(new Span(source.signals().get(signal).sampleRateHz(), first, count), k -> new LinkedHashSet<>()).add(signal);
            }
        }
        List<Batch> batches = new ArrayList<>();
        for (var e : bySpan.entrySet()) {
            DisplayFilter filter = filterByRate.computeIfAbsent(e.getKey().rate(), r -> new DisplayFilter(filters, r));
            int[] signals = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            // Batches in multiples of the filter's interleave width (4), at most one per core.
            int size = Math.max(4, (signals.length + threads - 1) / threads + 3 & ~3);
            for (int i = 0; i < signals.length; i += size) {
                batches.add(new Batch(filter, e.getKey(), Arrays.copyOfRange(signals, i, Math.min(signals.length, i + size))));
            }
        }
        if (buffers.length < batches.size()) {
            buffers = Arrays.copyOf(buffers, batches.size());
            for (int i = 0; i < buffers.length; i++) if (buffers[i] == null) buffers[i] = new DisplayFilter.Buffers();
        }
        Map<Integer, float[]> out = new ConcurrentHashMap<>();
        List<FutureTask<Void>> tasks = new ArrayList<>();
        for (int n = 0; n < batches.size(); n++) {
            Batch b = batches.get(n);
            DisplayFilter.Buffers own = buffers[n];
            tasks.add(new FutureTask<>(() -> filter(b, own, out), null));
        }
        if (!ahead) {
            tasks.parallelStream().forEach(FutureTask::run);
        } else {
            pending = tasks;
            try {
                tasks.forEach(FutureTask::run);
            } finally {
                pending = List.of();
            }
        }
        for (FutureTask<Void> t : tasks) {
            try {
                t.get();                                    // done, or being finished by a helping thread
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while filtering the page at " + from + " s", e);
            }
        }
        return out;
    }

    private void filter(Batch b, DisplayFilter.Buffers own, Map<Integer, float[]> out) {
        DisplayFilter.Page[] pages = b.filter().pages(source, b.signals(), b.span().first(), b.span().count(), own);
        for (int i = 0; i < pages.length; i++) {
            out.put(b.signals()[i], pages[i].samples());
            if (!pages[i].skipped().isEmpty()) {
                synchronized (filterWarnings) {
                    filterWarnings.addAll(pages[i].skipped());
                }
            }
        }
    }

    /** Samples [first, first + count) of signals at one rate: what one batched filter run covers. */
    private record Span(double rate, long first, int count) {
    }

    private record Batch(DisplayFilter filter, Span span, int[] signals) {
    }
}
