package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.service.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages of recordings carry the right total on every page, past the end, and with filters. */
class RecordingPageTest {
    @TempDir
    Path dir;

    @Test
    void totalIsTheSameOnEveryPageAndPastTheEnd() {
        RecordingStore store = new RecordingStore(Database.open(dir.resolve("brrr.db")));
        for (int i = 0; i < 5; i++) {
            RecordingFormat f = i < 3 ? RecordingFormat.EDF : RecordingFormat.BDF;
            store.importRecording(SyntheticSource.continuous(f, RecordingStoreTest.mixedRates(), 4), ImportInfo.of("r" + i + ".edf"));
        }
        RecordingFilter all = new RecordingFilter(null, null, null, null, null);
        List<Long> seen = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Page<RecordingSummary> p = store.page(all, page, 2);
            assertEquals(5, p.total(), "page " + page);
            assertEquals(page == 3 ? 1 : 2, p.items().size());
            p.items().forEach(r -> seen.add(r.id()));
        }
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), seen, "newest first, each once");
        Page<RecordingSummary> past = store.page(all, 9, 2);
        assertEquals(5, past.total());
        assertEquals(0, past.items().size());
        Page<RecordingSummary> bdf = store.page(new RecordingFilter(null, RecordingFormat.BDF, null, null, null), 1, 1);
        assertEquals(2, bdf.total());
        assertEquals(RecordingFormat.BDF, bdf.items().get(0).format());
        assertEquals(0, store.page(new RecordingFilter(42L, null, null, null, null), 1, 10).total());
    }
}
