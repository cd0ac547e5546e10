package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr info` against the independent MNE/header reference of real files from shared data. */
class InfoCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "format/mne-testing-data/test_generator_2.edf",       // EDF+C
            "format/edfReader/edfPlusD.edf",                       // EDF+D with gaps
            "format/mne-python/test_uneven_samp.edf",              // EDF, 100 Hz and 12.8 Hz
            "format/mne-testing-data/multiple_annotation_chans.bdf", // BDF+C, 15 annotation signals
            "format/mne-testing-data/test_bdf_stim_channel.bdf",   // plain BDF
            "sleep/sleep-edf/SC4001E0-PSG_first300s.edf"})         // EDF, 30 s records
    void jsonHeaderMatchesTheReference(String file) {
        JsonNode ref = SharedData.reference(file);
        JsonNode header = ref.get("header");
        JsonNode doc = CliRun.of("info", SharedData.file(file).toString(), "--json").json();

        assertEquals(header.get("format").asText(), doc.get("format").asText());
        assertEquals(header.get("start_datetime").asText(), doc.get("start").asText());
        assertEquals(header.get("n_records").asInt(), doc.get("record_count").asInt());
        assertEquals(header.get("record_duration_s").asDouble(), doc.get("record_duration_s").asDouble(), 1e-9);
        JsonNode onsets = header.get("record_onsets");
        double span = onsets != null ? onsets.get("span_s_incl_gaps").asDouble() : header.get("duration_s").asDouble();
        assertEquals(span, doc.get("duration_s").asDouble(), 1e-9, "duration includes gaps");
        int gapCount = onsets != null ? onsets.get("n_gaps").asInt() : 0;
        assertEquals(gapCount, doc.get("gaps").size());

        List<JsonNode> expected = new ArrayList<>();
        for (JsonNode s : header.get("signals")) if (!s.get("is_annotation").asBoolean()) expected.add(s);
        JsonNode signals = doc.get("signals");
        assertEquals(expected.size(), signals.size(), "ordinary signals (annotation signals excluded)");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            JsonNode s = signals.get(i);
            String label = e.get("label").asText();
            assertEquals(label, s.get("label").asText());
            assertEquals(e.get("phys_dim").asText(), s.get("physical_dimension").asText(), label);
            assertEquals(e.get("transducer").asText(), s.get("transducer").asText(), label);
            assertEquals(e.get("prefilter").asText(), s.get("prefilter").asText(), label);
            assertEquals(e.get("phys_min").asDouble(), s.get("physical_min").asDouble(), 1e-9, label);
            assertEquals(e.get("phys_max").asDouble(), s.get("physical_max").asDouble(), 1e-9, label);
            assertEquals(e.get("dig_min").asInt(), s.get("digital_min").asInt(), label);
            assertEquals(e.get("dig_max").asInt(), s.get("digital_max").asInt(), label);
            assertEquals(e.get("sample_rate_hz").asDouble(), s.get("sample_rate_hz").asDouble(), 1e-9, label);
            assertEquals(ref.get("stats").get(label).get("n_samples").asLong(), s.get("sample_count").asLong(), label);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "format/mne-testing-data/test_generator_2.edf",
            "format/mne-testing-data/test_edf_overlapping_annotations.edf",
            "format/mne-testing-data/multiple_annotation_chans.bdf"})
    void annotationsMatchTheReference(String file) {
        JsonNode mne = SharedData.reference(file).get("mne").get("annotations");
        JsonNode annotations = CliRun.of("info", "--json", SharedData.file(file).toString()).json().get("annotations");
        assertEquals(mne.get("count").asInt(), annotations.size());
        JsonNode first = mne.get("first");
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).get("description").asText(), annotations.get(i).get("text").asText());
            assertEquals(first.get(i).get("onset").asDouble(), annotations.get(i).get("onset_s").asDouble(), 1e-6);
        }
    }

    @Test
    void jsonFieldsAreTheContractsSnakeCaseNames() {
        JsonNode doc = CliRun.of("info", "--json", SharedData.file("format/edfReader/edfPlusD.edf").toString()).json();
        assertEquals(List.of("format", "start", "duration_s", "record_count", "record_duration_s", "signals",
                "annotations", "gaps", "warnings"), names(doc));
        assertEquals(List.of("label", "transducer", "physical_dimension", "physical_min", "physical_max", "digital_min",
                "digital_max", "prefilter", "sample_rate_hz", "sample_count"), names(doc.get("signals").get(0)));
        assertEquals(List.of("onset_s", "duration_s", "text"), names(doc.get("annotations").get(0)));
        assertEquals(List.of("onset_s", "duration_s"), names(doc.get("gaps").get(0)));
        // The first gap of edfPlusD.edf: record 1 starts at 2 s after record 0 of 1 s (reference record_onsets).
        assertEquals(1.0, doc.get("gaps").get(0).get("onset_s").asDouble(), 1e-9);
        assertEquals(1.0, doc.get("gaps").get(0).get("duration_s").asDouble(), 1e-9);
    }

    @Test
    void humanOutputIsAnAlignedTable() {
        CliRun run = CliRun.of("info", SharedData.file("format/mne-testing-data/test_generator_2.edf").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("format     EDF+C"), run.out());
        assertTrue(run.out().contains("signals (11)"), run.out());
        assertTrue(run.out().contains("annotations (2)"), run.out());
        List<String> rows = run.out().lines().filter(l -> l.contains(" 120000 ")).toList();
        assertEquals(11, rows.size(), run.out());
        // Aligned: the rate column ("200") ends at the same position in every signal row.
        int end = rows.get(0).indexOf(" 200 ") + 4;
        for (String row : rows) assertEquals(" 200", row.substring(end - 4, end), row);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
