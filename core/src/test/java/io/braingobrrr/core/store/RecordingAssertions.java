package io.braingobrrr.core.store;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.SignalSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two recordings are the same: header, record onsets, gaps, annotations and every sample. */
final class RecordingAssertions {
    private static final int BLOCK = 1 << 16;

    private RecordingAssertions() {
    }

    static void assertSameRecording(SignalSource expected, SignalSource actual) {
        assertEquals(expected.format(), actual.format());
        assertEquals(expected.startTime(), actual.startTime());
        assertEquals(expected.signals(), actual.signals());
        assertEquals(expected.recordCount(), actual.recordCount());
        assertEquals(expected.recordDurationSeconds(), actual.recordDurationSeconds());
        for (int r = 0; r < expected.recordCount(); r++) {
            assertEquals(expected.recordOnsetSeconds(r), actual.recordOnsetSeconds(r), "onset of record " + r);
        }
        assertEquals(expected.gaps(), actual.gaps());
        List<Annotation> byOnset = new ArrayList<>(expected.annotations());
        byOnset.sort(Comparator.comparingDouble(Annotation::onsetSeconds));   // stable: file order within one onset
        assertEquals(byOnset, actual.annotations());
        for (int s = 0; s < expected.signals().size(); s++) assertSameSamples(expected, actual, s);
    }

    private static void assertSameSamples(SignalSource expected, SignalSource actual, int s) {
        long total = expected.sampleCount(s);
        assertEquals(total, actual.sampleCount(s));
        int[] want = new int[BLOCK];
        int[] got = new int[BLOCK];
        double[] wantPhysical = new double[BLOCK];
        double[] gotPhysical = new double[BLOCK];
        for (long first = 0; first < total; first += BLOCK) {
            int n = (int) Math.min(BLOCK, total - first);
            expected.readDigital(s, first, want, 0, n);
            actual.readDigital(s, first, got, 0, n);
            assertArrayEquals(want, got, "digital, signal " + s + " from sample " + first);
            expected.readPhysical(s, first, wantPhysical, 0, n);
            actual.readPhysical(s, first, gotPhysical, 0, n);
            assertArrayEquals(wantPhysical, gotPhysical, "physical, signal " + s + " from sample " + first);
        }
    }
}
