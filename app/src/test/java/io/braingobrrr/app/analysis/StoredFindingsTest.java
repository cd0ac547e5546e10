package io.braingobrrr.app.analysis;

import io.braingobrrr.core.store.ResultStore;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading stored result rows (JSON as the analysis service writes it) into what the findings panel shows. */
class StoredFindingsTest {
    private static ResultStore.StoredResult row(long id, String kind, String json) {
        return new ResultStore.StoredResult(id, 7, 3, kind, "brrr." + kind, "1.2", json, null, "2026-12-07T10:00:00.000Z");
    }

    private static final String QUALITY = """
            {"channels":[{"label":"Fp1","assessed":true,"bad":true,"reasons":["flat","line noise"]},
                         {"label":"Cz","assessed":true,"bad":false,"reasons":[]},
                         {"label":"ECG","assessed":false,"bad":false,"reasons":[]}],
             "artifacts":[{"kind":"MUSCLE","onset_s":40.0,"duration_s":2.0,"channels":["T3","T4"]},
                          {"kind":"BLINK","onset_s":5.0,"duration_s":1.0,"channels":["Fp1"]}],
             "artifact_share":{"amplitude":0.0,"muscle":0.02,"blink":0.01},"any_artifact_share":0.03,"usable_percent":91.5,"grade":"GOOD"}""";

    @Test
    void aQuickAnalysisListsTheQualityArtifactsAsFindingsInTimeOrder() {
        StoredFindings f = StoredFindings.of(List.of(row(1, "quality", QUALITY), row(2, "abnormality", """
                {"is_abnormal":true,"confidence":0.7,"triage":"EXPEDITE","findings":[{"code":"slowing","text":"Diffuse slowing","severity":1}],
                 "note":"Automated screening for decision support; it does not diagnose."}""")));
        assertEquals("GOOD", f.quality().grade());
        assertEquals(91.5, f.quality().usablePercent());
        assertEquals(List.of("bad", "good", "not assessed"), f.quality().channels().stream().map(StoredFindings.ChannelStatus::status).toList());
        assertEquals("flat, line noise", f.quality().channels().get(0).reason());
        assertEquals(List.of("muscle 2.0 %", "blink 1.0 %"), f.quality().artifactShares());
        assertEquals(List.of(5.0, 40.0), f.findings().stream().map(StoredFindings.Finding::onsetS).toList());
        assertEquals(42.0, f.findings().get(1).offsetS());
        assertEquals("muscle T3, T4", f.findings().get(1).channel());
        assertEquals("EXPEDITE", f.screening().triage());
        assertEquals(List.of("Diffuse slowing"), f.screening().findings());
        assertNull(f.sleep());
    }

    @Test
    void theEventsPartReplacesTheQualityArtifactsAndSleepEventsAreNotFindings() {
        StoredFindings f = StoredFindings.of(List.of(row(1, "quality", QUALITY), row(2, "events", """
                {"events":[{"onset_s":12.5,"duration_s":0.07,"channel":"F7","kind":"spike","confidence":0.8},
                           {"onset_s":3.0,"duration_s":1.0,"channel":"C3","kind":"spindle","confidence":0.9},
                           {"onset_s":100.0,"duration_s":35.0,"channel":"T3","kind":"seizure","confidence":0.6}]}"""),
                row(3, "sleep", """
                {"epochs":[{"onset_s":0,"stage":"W","confidence":0.9},{"onset_s":60,"stage":"N2","confidence":0.7}]}""")));
        assertEquals(List.of("spike", "seizure"), f.findings().stream().map(StoredFindings.Finding::kind).toList());
        assertEquals("Possible seizure, onset 100.0 s, offset 135.0 s", f.findings().get(1).describe());
        assertEquals(Arrays.asList("W", null, "N2"), f.sleep().stages(), "epochs placed by onset; the gap stays unstaged");
        assertEquals("brrr.sleep 1.2", f.sleep().algorithm());
    }

    @Test
    void aRowThatIsNotJsonIsNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StoredFindings.of(List.of(row(41, "quality", "{\"grade\":"))));
        assertTrue(e.getMessage().startsWith("result 41 (quality) holds invalid JSON"), e.getMessage());
    }

    @Test
    void noResultsMeansNothingToShow() {
        StoredFindings f = StoredFindings.of(List.of());
        assertNull(f.quality());
        assertTrue(f.findings().isEmpty());
    }
}
