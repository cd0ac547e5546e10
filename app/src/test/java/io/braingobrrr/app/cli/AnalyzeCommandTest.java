package io.braingobrrr.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `brrr analyze`: the contract's keys, on a synthetic file written by `brrr synth` and on a real recording. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasTheContractKeysAndOneEntryPerChannel() throws Exception {
        Path edf = dir.resolve("s.edf");
        CliRun.of("synth", "--hours", "0.02", "--channels", "19", "--out", edf.toString(), "--json").json();
        JsonNode doc = CliRun.of("analyze", edf.toString(), "--type", "comprehensive", "--json").json();
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("quality", "spectral", "sleep", "events", "abnormality", "processing_time_s", "versions")), keys.toString());
        // 0.02 h = 72 s: two whole 30 s epochs, staged with the same stager and shape as `brrr stage`
        JsonNode sleep = doc.get("sleep");
        assertEquals(2, sleep.get("epochs").size(), sleep.toString());
        assertTrue(List.of("W", "N1", "N2", "N3", "R").contains(sleep.get("epochs").get(0).get("stage").asText()));
        assertEquals(30.0, sleep.get("epochs").get(1).get("onset_s").asDouble(), 1e-9);
        assertEquals(1.0, sleep.get("stats").get("tib_min").asDouble(), 1e-9);   // whole epochs: 2 x 30 s
        assertTrue(doc.get("versions").has("brrr-stager"));
        JsonNode events = doc.get("events");
        assertEquals(19, events.get("channels").size(), "every good EEG channel is searched");
        assertTrue(events.get("counts").has("spike") && events.get("counts").has("seizure"), events.get("counts").toString());
        assertTrue(doc.get("versions").has("brrr-spikes") && doc.get("versions").has("brrr-seizures"));
        assertTrue(events.get("epileptiform_per_minute").isNumber());
        assertEquals(19, doc.get("quality").get("channels").size());
        assertEquals(19, doc.get("spectral").get("channels").size());
        JsonNode ab = doc.get("abnormality");
        assertTrue(ab.get("is_abnormal").isBoolean());
        assertTrue(List.of("routine", "expedite", "urgent").contains(ab.get("triage").asText().toLowerCase()));
        assertTrue(ab.get("note").asText().contains("does not diagnose"));
        assertEquals("1.0", doc.get("versions").get("brrr.quality").asText());
        assertTrue(doc.get("processing_time_s").asDouble() > 0);
        // the synthetic generator's posterior alpha is drawn between 9.5 and 10.5 Hz
        double pdr = doc.get("spectral").get("pdr_hz").asDouble();
        assertTrue(pdr > 9.4 && pdr < 10.6, "pdr " + pdr);
        assertTrue(doc.get("spectral").get("channels").get(0).get("psd").size() > 100, "comprehensive carries the PSD");
    }

    @Test
    void textOutputOnARealRecordingNamesGradeAndTriage() {
        CliRun r = CliRun.of("analyze", SharedData.file("eegmmidb/S001R03.edf").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("quality: "), r.out());
        assertTrue(r.out().contains("triage "), r.out());
        assertTrue(r.out().contains("does not diagnose"), r.out());
    }

    @Test
    void badInputIsExitTwoWithTheReason() throws Exception {
        Path edf = dir.resolve("x.edf");
        CliRun.of("synth", "--hours", "0.002", "--channels", "2", "--out", edf.toString(), "--json").json();
        assertTrue(CliRun.of("analyze", edf.toString(), "--type", "custom").badInput().contains("--type"));
        assertTrue(CliRun.of("analyze", edf.toString(), "--threads", "0").badInput().contains("--threads"));
        assertTrue(CliRun.of("analyze", dir.resolve("missing.edf").toString()).badInput().contains("file not found"));
        Path junk = Files.writeString(dir.resolve("junk.edf"), "not an EDF file at all");
        String line = CliRun.of("analyze", junk.toString()).badInput();
        assertTrue(line.contains("junk.edf") || line.toLowerCase().contains("edf"), line);
    }
}
