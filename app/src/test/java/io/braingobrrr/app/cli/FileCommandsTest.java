package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `brrr convert`, `brrr synth`, `--version` and `--help`. */
class FileCommandsTest {
    private static final String EDF = "format/mne-testing-data/test_generator_2.edf";

    @TempDir
    Path tmp;

    @Test
    void convertToBdfKeepsSignalsAnnotationsAndValues() {
        Path out = tmp.resolve("generator.bdf");
        JsonNode written = CliRun.of("convert", SharedData.file(EDF).toString(), out.toString(), "--json").json();
        assertEquals(out.toString(), written.get("written").asText());
        assertEquals(11, written.get("signals").asInt());
        assertEquals(600.0, written.get("duration_s").asDouble(), 1e-9);

        JsonNode info = CliRun.of("info", "--json", out.toString()).json();
        assertEquals("BDF+C", info.get("format").asText());
        assertEquals(11, info.get("signals").size());
        assertEquals(600.0, info.get("duration_s").asDouble(), 1e-9);
        assertEquals(List.of("RECORD START", "REC STOP"),
                List.of(info.get("annotations").get(0).get("text").asText(), info.get("annotations").get(1).get("text").asText()));

        // Values survive within the original's resolution (2000 uV / 65535 steps).
        JsonNode first5 = SharedData.reference(EDF).get("stats").get("sine 1 Hz").get("first5");
        List<String> rows = CliRun.of("dump", out.toString(), "--signals", "sine 1 Hz", "--to", "0.025").out().lines().skip(1).toList();
        assertEquals(5, rows.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(first5.get(i).asDouble(), Double.parseDouble(rows.get(i).split(",")[1]), 2000.0 / 65535);
        }
    }

    @Test
    void convertRefusesToOverwriteAndBadExtensions() throws Exception {
        Path out = tmp.resolve("exists.edf");
        Files.writeString(out, "keep me");
        assertTrue(CliRun.of("convert", SharedData.file(EDF).toString(), out.toString()).badInput().contains("--force"));
        assertEquals("keep me", Files.readString(out));
        assertTrue(CliRun.of("convert", SharedData.file(EDF).toString(), tmp.resolve("x.txt").toString())
                .badInput().contains(".edf"));
        assertFalse(Files.exists(tmp.resolve("x.txt")));
    }

    @Test
    void synthWritesWhatWasAskedWithFractionalHours() {
        Path out = tmp.resolve("synth.edf");
        JsonNode written = CliRun.of("synth", "--hours", "0.0025", "--channels", "4", "--rate", "128",
                "--out", out.toString(), "--json").json();
        assertEquals(4, written.get("signals").asInt());
        assertEquals(9.0, written.get("duration_s").asDouble(), 1e-9, "0.0025 h = 9 s");

        JsonNode info = CliRun.of("info", "--json", out.toString()).json();
        assertEquals("EDF+C", info.get("format").asText());
        assertEquals(9.0, info.get("duration_s").asDouble(), 1e-9);
        JsonNode signals = info.get("signals");
        assertEquals(List.of("Fp1", "Fp2", "F7", "F3"), List.of(signals.get(0).get("label").asText(),
                signals.get(1).get("label").asText(), signals.get(2).get("label").asText(), signals.get(3).get("label").asText()));
        for (JsonNode s : signals) {
            assertEquals(128.0, s.get("sample_rate_hz").asDouble());
            assertEquals(9 * 128, s.get("sample_count").asLong());
        }
    }

    @Test
    void synthRejectsBadValues() {
        String out = tmp.resolve("s.edf").toString();
        assertTrue(CliRun.of("synth", "--hours", "0", "--out", out).badInput().contains("hours must be > 0"));
        assertTrue(CliRun.of("synth", "--hours", "1", "--channels", "0", "--out", out).badInput().contains("channels must be"));
        assertTrue(CliRun.of("synth", "--hours", "1", "--out", tmp.resolve("s.txt").toString()).badInput().contains(".edf"));
        assertTrue(CliRun.of("synth", "--hours", "x", "--out", out).badInput().contains("--hours"));
        assertTrue(CliRun.of("synth", "--hours", "1").badInput().contains("--out"));
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().matches("brrr \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)\\R"), version.out());

        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        for (String sub : List.of("info", "dump", "convert", "import", "synth", "backup", "bench")) {
            assertTrue(help.out().contains("  " + sub + " "), sub + " listed in: " + help.out());
        }
        CliRun subHelp = CliRun.of("dump", "--help");
        assertEquals(0, subHelp.status());
        assertTrue(subHelp.out().contains("--signals") && subHelp.out().contains("--db"), subHelp.out());
    }
}
