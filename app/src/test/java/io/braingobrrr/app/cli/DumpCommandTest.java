package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr dump` rows and values against the reference's first samples and record onsets. */
class DumpCommandTest {
    private static final String GENERATOR = "format/mne-testing-data/test_generator_2.edf";

    @Test
    void firstSamplesEqualTheReference() {
        JsonNode stats = SharedData.reference(GENERATOR).get("stats");
        CliRun run = CliRun.of("dump", SharedData.file(GENERATOR).toString(), "--signals", "ramp,sine 8.5 Hz,ECG",
                "--from", "0", "--to", "0.025");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("time_s,ramp,sine 8.5 Hz,ECG", lines.get(0));
        assertEquals(1 + 5, lines.size(), "header + 0.025 s x 200 Hz rows");
        String[] labels = {"ramp", "sine 8.5 Hz", "ECG"};
        for (int row = 0; row < 5; row++) {
            String[] cells = lines.get(row + 1).split(",");
            assertEquals(row * 0.005, Double.parseDouble(cells[0]), 1e-12);
            for (int c = 0; c < labels.length; c++) {
                double expected = stats.get(labels[c]).get("first5").get(row).asDouble();
                assertEquals(expected, Double.parseDouble(cells[c + 1]), 1e-9 * Math.max(1, Math.abs(expected)), labels[c]);
            }
        }
    }

    @Test
    void rangeGivesOneRowPerSampleInIt() {
        CliRun run = CliRun.of("dump", SharedData.file(GENERATOR).toString(), "--signals", "pulse", "--from", "10", "--to", "12.5");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1 + 500, lines.size(), "2.5 s x 200 Hz");
        assertTrue(lines.get(1).startsWith("10,"), lines.get(1));
        assertTrue(lines.get(500).startsWith("12.495,"), lines.get(500));
    }

    @Test
    void discontinuousTimesFollowTheRecordOnsets() {
        String file = "format/edfReader/edfPlusD.edf";
        JsonNode header = SharedData.reference(file).get("header");
        CliRun run = CliRun.of("dump", SharedData.file(file).toString(), "--signals", "squarewave");
        assertEquals(0, run.status(), run.err());
        List<String> rows = run.out().lines().skip(1).toList();
        assertEquals(SharedData.reference(file).get("stats").get("squarewave").get("n_samples").asInt(), rows.size());
        // Each record holds 200 samples; its first row's time is the record's onset, gaps included.
        JsonNode onsets = header.get("record_onsets").get("first");
        for (int record = 0; record < onsets.size(); record++) {
            double time = Double.parseDouble(rows.get(record * 200).split(",")[0]);
            assertEquals(onsets.get(record).asDouble(), time, 1e-9, "record " + record);
        }
    }

    @Test
    void signalsOfOneOtherRateOnly() {
        String file = "format/mne-python/test_uneven_samp.edf";
        CliRun run = CliRun.of("dump", SharedData.file(file).toString(), "--signals", "0.2Hz Blk 1/0uV", "--to", "10");
        assertEquals(0, run.status(), run.err());
        assertEquals(1 + 128, run.out().lines().count(), "10 s x 12.8 Hz");
    }

    @Test
    void differentRatesAreRefusedNamingThem() {
        String line = CliRun.of("dump", SharedData.file("format/mne-python/test_uneven_samp.edf").toString()).badInput();
        assertTrue(line.contains("different sample rates") && line.contains("100 Hz") && line.contains("12.8 Hz"), line);
    }

    @Test
    void unknownSignalAndEmptyRangeAreBadInput() {
        String file = SharedData.file(GENERATOR).toString();
        assertTrue(CliRun.of("dump", file, "--signals", "Cz").badInput().contains("no signal 'Cz'"));
        assertTrue(CliRun.of("dump", file, "--from", "5", "--to", "5").badInput().contains("--to"));
        assertTrue(CliRun.of("dump", file, "--from", "-1").badInput().contains("--from"));
    }

    @Test
    void jsonIsOneDocumentWithColumnsAndRows() {
        JsonNode doc = CliRun.of("dump", SharedData.file(GENERATOR).toString(), "--signals", "ramp",
                "--from", "1", "--to", "1.02", "--json").json();
        assertEquals("time_s", doc.get("columns").get(0).asText());
        assertEquals("ramp", doc.get("columns").get(1).asText());
        assertEquals(200.0, doc.get("sample_rate_hz").asDouble());
        assertEquals(4, doc.get("rows").size());
        assertEquals(1.015, doc.get("rows").get(3).get(0).asDouble(), 1e-12);
    }
}
