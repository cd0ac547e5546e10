package io.braingobrrr.app.viewer.page;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.SignalSource;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCacheTest {
    private static final String FILE = "format/mne-testing-data/test_generator_2.edf";     // 600 s, 11 signals

    /** Cached pages hold exactly what the loader computes, and survive the loader reusing its buffer. */
    @Test
    void cachedPagesEqualFreshlyFilteredOnesAndAreOwned() throws Exception {
        DisplayFilter.Settings acns = DisplayFilter.Settings.ACNS_DEFAULT;
        try (SignalSource a = RecordingReader.open(SharedData.file(FILE)); SignalSource b = RecordingReader.open(SharedData.file(FILE));
             PageCache cache = new PageCache(new PageLoader(a, StandardMontages.asRecorded(a.signals()), acns))) {
            PageLoader fresh = new PageLoader(b, StandardMontages.asRecorded(b.signals()), acns);
            TracePage p20 = cache.page(20, 10);
            float[] kept = p20.values()[3].clone();
            cache.page(30, 10);                                         // the loader's buffer is reused here
            assertArrayEquals(kept, p20.values()[3], "a returned page is the caller's");
            TracePage expected = fresh.load(20, 10);
            for (int k = 0; k < expected.channelCount(); k++) assertArrayEquals(expected.values()[k], p20.values()[k]);
            assertSame(p20, cache.page(20, 10), "the second request is served from the cache");
            // Pages prepared ahead (one batch after the other on the prefetch thread, or helped by the waiting
            // reader when asked for at once) hold the same numbers as pages loaded on demand.
            for (int p = 3; p < 12; p++) {
                TracePage ahead = cache.page(p * 10, 10);
                TracePage direct = fresh.load(p * 10, 10);
                for (int k = 0; k < direct.channelCount(); k++) assertArrayEquals(direct.values()[k], ahead.values()[k], "page " + p + " ch " + k);
            }
        }
    }

    @Test
    void neighboursArePreparedInTheBackgroundAndTheCacheStaysSmall() throws Exception {
        try (SignalSource a = RecordingReader.open(SharedData.file(FILE));
             PageCache cache = new PageCache(new PageLoader(a, StandardMontages.asRecorded(a.signals()), DisplayFilter.Settings.ACNS_DEFAULT))) {
            cache.page(100, 10);
            assertTrue(cache.holds(110, 10) && cache.holds(90, 10), "next and previous pages are scheduled");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            TracePage next = cache.page(110, 10);                       // waits for the prefetch, never loads twice
            assertTrue(System.nanoTime() < until);
            assertNotSame(next, cache.page(120, 10));
            assertTrue(cache.holds(130, 10), "paging forward (110, 120) prepares two pages ahead");
            cache.page(300, 10);                                        // a jump: one page each side only
            assertTrue(cache.holds(310, 10) && cache.holds(290, 10));
            assertFalse(cache.holds(320, 10) || cache.holds(280, 10), "no second page after a jump");
            cache.page(290, 10);                                        // paging back
            assertTrue(cache.holds(280, 10) && cache.holds(270, 10), "paging back prepares two pages behind");
            for (int p = 0; p < 40; p++) cache.page(p * 10, 10);
            int held = 0;
            for (int p = 0; p < 60; p++) if (cache.holds(p * 10, 10)) held++;
            assertTrue(held <= PageCache.CAPACITY, held + " pages held");
            assertFalse(cache.holds(0, 10), "long-gone pages are dropped");
        }
    }
}
