package io.braingobrrr.app.viewer.page;

import io.braingobrrr.app.viewer.render.TracePage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Filtered pages, kept and prepared ahead the way clinical readers do it: each page is read and filtered
 * once (with the filter's margins, by {@link PageLoader}) and kept; after every request the next and the
 * previous page (two ahead when paging steadily one way) are prepared on one background thread, so a page
 * flip in reading order only draws.
 *
 * <p>Only a few pages are kept (64 ch x 10 s x 1 kHz is 2.6 MB a page), so a 24 h recording is browsed in
 * a small, constant heap. A request for a page being prepared waits for that work instead of repeating it.
 * The loader is not thread-safe, so every load holds its lock; pages returned are owned by the caller.
 */
public final class PageCache implements AutoCloseable {
    /** Current, next, previous and a few recently shown (the way back after a jump). */
    static final int CAPACITY = 6;

    private final PageLoader loader;
    private final ExecutorService prefetcher;
    private final boolean prefetch;
    private final Map<Key, Future<TracePage>> pages = new LinkedHashMap<>(16, 0.75f, true);
    /** Start of the page asked for last (guarded by {@code pages}), to see a reader paging in one direction. */
    private double lastFrom = Double.NaN;

    /** A cache preparing neighbours in the background. */
    public PageCache(PageLoader loader) {
        this(loader, true);
    }

    /** {@code prefetch} false: pages are loaded only when asked for (kept all the same). */
    public PageCache(PageLoader loader, boolean prefetch) {
        this.loader = loader;
        this.prefetch = prefetch;
        this.prefetcher = prefetch ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "page-prefetch");
            t.setDaemon(true);                           // never keeps the JVM alive
            t.setPriority(Thread.NORM_PRIORITY - 1);     // the FX thread's own work comes first
            return t;
        }) : null;
    }

    public PageLoader loader() {
        return loader;
    }

    /**
     * The page [{@code from}, + {@code seconds}) with its values in µV (marks empty: annotations change
     * while pages stay valid, so the caller adds them). Loads it now unless it is kept or being prepared,
     * then prepares the neighbours.
     */
    public TracePage page(double from, double seconds) {
        Future<TracePage> f = entry(from, seconds, false);
        if (f == null) return load(from, seconds, false);     // outside the recording: nothing worth keeping
        if (prefetch) prepareNeighbours(from, seconds);
        // Waiting for a page being prepared: lend the prepared page's filtering this idle thread (it prepares
        // on one thread so as to leave the others to the drawing, which is now over).
        if (!f.isDone()) loader.help();
        try {
            return f.get();
        } catch (ExecutionException e) {
            forget(from, seconds);
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            forget(from, seconds);
            return page(from, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the page at " + from + " s", e);
        }
    }

    /**
     * The next and previous pages; a reader paging steadily in one direction gets two pages prepared that way,
     * so one page that is slow to filter (a busy core, a cold file) is absorbed instead of stalling the flip.
     * The nearest page is queued first: the prefetch thread works in order.
     */
    private void prepareNeighbours(double from, double seconds) {
        double step;
        synchronized (pages) {
            step = from - lastFrom;
            lastFrom = from;
        }
        double next = from + seconds;
        double previous = Math.max(0, from - seconds);
        if (Math.abs(step + seconds) < 1e-6) {              // paging back
            if (from > 0) {
                entry(previous, seconds, true);
                if (previous > 0) entry(Math.max(0, previous - seconds), seconds, true);
            }
            entry(next, seconds, true);
        } else {
            entry(next, seconds, true);
            if (Math.abs(step - seconds) < 1e-6) entry(next + seconds, seconds, true);     // paging forward
            if (from > 0) entry(previous, seconds, true);
        }
    }

    /** True when the page is kept or being prepared (tests and the benchmark's report). */
    public boolean holds(double from, double seconds) {
        synchronized (pages) {
            return pages.containsKey(key(from, seconds));
        }
    }

    private Future<TracePage> entry(double from, double seconds, boolean background) {
        if (from >= loader.durationSeconds() || from < 0) return null;
        FutureTask<TracePage> task;
        synchronized (pages) {
            Future<TracePage> kept = pages.get(key(from, seconds));
            if (kept != null) return kept;
            task = new FutureTask<>(() -> load(from, seconds, background));
            pages.put(key(from, seconds), task);
            evict();
        }
        if (background) prefetcher.execute(task);
        else task.run();
        return task;
    }

    private TracePage load(double from, double seconds, boolean background) {
        synchronized (loader) {
            TracePage p = loader.loadOwned(from, seconds, background);
            return new TracePage(p.labels(), p.values(), from, seconds, p.recordingStart(), List.of());
        }
    }

    /** Drops the least recently used pages beyond the capacity; pages still being prepared are cancelled. */
    private void evict() {
        if (pages.size() <= CAPACITY) return;
        List<Key> drop = new ArrayList<>();
        Iterator<Map.Entry<Key, Future<TracePage>>> it = pages.entrySet().iterator();
        int excess = pages.size() - CAPACITY;
        while (it.hasNext() && drop.size() < excess) drop.add(it.next().getKey());
        for (Key k : drop) pages.remove(k).cancel(false);
    }

    private void forget(double from, double seconds) {
        synchronized (pages) {
            pages.remove(key(from, seconds));
        }
    }

    /** Page start to the microsecond and length to the millisecond (a double's noise never splits a page). */
    private record Key(long fromMicros, long millis) {
    }

    private static Key key(double from, double seconds) {
        return new Key(Math.round(from * 1e6), Math.round(seconds * 1e3));
    }

    @Override
    public void close() {
        if (prefetcher != null) prefetcher.shutdownNow();
        synchronized (pages) {
            pages.values().forEach(f -> f.cancel(false));
            pages.clear();
        }
    }
}
