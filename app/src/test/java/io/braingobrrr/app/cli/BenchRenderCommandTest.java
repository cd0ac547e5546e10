package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr bench render`: the figures are consistent with each other and the file; speed itself is measured, not tested. */
class BenchRenderCommandTest {
    private static final String EDF = "eegmmidb/S001R03.edf";      // 64 ch x 160 Hz, 125 s: 12 pages of 10 s

    @Test
    void reportsAConsistentDistributionTheProcessCpuAndTheCollections() {
        JsonNode doc = CliRun.of("bench", "render", SharedData.file(EDF).toString(), "--pages", "20", "--warmup", "2",
                "--width", "800", "--height", "600", "--json").json();
        assertEquals(64, doc.get("channels").asInt());
        assertEquals(20, doc.get("pages").asInt());
        double p50 = doc.get("p50_ms").asDouble();
        double p95 = doc.get("p95_ms").asDouble();
        double p99 = doc.get("p99_ms").asDouble();
        double max = doc.get("max_ms").asDouble();
        assertTrue(0 < p50 && p50 <= p95 && p95 <= p99 && p99 <= max, p50 + " " + p95 + " " + p99 + " " + max);
        double mean = doc.get("mean_ms").asDouble();
        assertTrue(mean <= max && mean > 0, "mean " + mean);
        // The flips' CPU over all threads: at least the drawing, which happens on the flipping thread itself.
        assertTrue(doc.get("process_cpu_ms_per_flip").asDouble() > 0);
        assertTrue(doc.get("collections").asLong() >= 0 && doc.get("collection_ms").asLong() >= 0);
    }

    @Test
    void badInputIsExitTwo() {
        assertTrue(CliRun.of("bench", "render", SharedData.file(EDF).toString(), "--pages", "0").badInput().contains("--pages"));
        assertTrue(CliRun.of("bench", "render", "missing.edf").badInput().contains("file not found"));
    }
}
