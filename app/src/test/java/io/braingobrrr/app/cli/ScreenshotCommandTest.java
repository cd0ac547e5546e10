package io.braingobrrr.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.TraceLayout;
import io.braingobrrr.app.viewer.render.TraceRenderer;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreenshotCommandTest {
    @TempDir
    Path tmp;

    @Test
    void tracePixelsOfAKnownChannelAreWhereTheFileSaysTheyAre() throws Exception {
        Path edf = SharedData.file("format/mne-testing-data/test_generator_2.edf");
        Path png = tmp.resolve("page.png");
        JsonNode doc = CliRun.of("screenshot", edf.toString(), "--from", "20", "--page", "5", "--sensitivity", "50",
                "--lff", "0", "--hff", "0", "--out", png.toString(), "--width", "1200", "--height", "800", "--json").json();
        assertEquals(png.toString(), doc.get("written").asText());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());

        int channel = 5;                                        // "sine 1 Hz", as recorded
        assertEquals("sine 1 Hz", doc.get("channels").get(channel).asText());
        DisplaySettings settings = new DisplaySettings(50, 5, 0.25, true);
        TraceLayout layout = TraceLayout.of(1200, 800, 11, settings);
        try (SignalSource source = RecordingReader.open(edf)) {
            double[] v = new double[1];
            for (double t : new double[] {0.25, 0.75, 1.0, 2.25, 3.6}) {
                long sample = Math.round((20 + t) * 200);
                source.readPhysical(channel, sample, v, 0, 1);
                int x = layout.traceLeft() + (int) Math.floor(t / 5 * layout.traceWidth());
                // negative up: +v µV lies v / (50 µV/mm x 0.25 mm/px) pixels below the baseline
                int y = layout.baselines()[channel] + (int) Math.round(v[0] / (50 * 0.25));
                boolean found = false;
                for (int dy = -1; dy <= 1; dy++) found |= image.getRGB(x, y + dy) == TraceRenderer.TRACE;
                assertTrue(found, "trace at t=" + t + " s (" + v[0] + " µV) expected at row " + y + " of column " + x);
            }
        }
    }

    @Test
    void notchFromTheAnalysisModuleFlattensTheFiftyHertzSine() throws Exception {
        Path edf = SharedData.file("format/mne-testing-data/test_generator_2.edf");
        int channel = 10;                                        // "sine 50 Hz"
        int raw = traceHeight(edf, channel, "0");
        int notched = traceHeight(edf, channel, "50");
        assertTrue(raw > 40, "the unfiltered 50 Hz sine spans " + raw + " rows");
        assertTrue(notched <= 3, "after the notch it spans " + notched + " rows (raw " + raw + ")");
    }

    /** Rows the trace of one channel covers in the middle of the page, in its own band. */
    private int traceHeight(Path edf, int channel, String notch) throws Exception {
        Path png = tmp.resolve("notch" + notch + ".png");
        CliRun.of("screenshot", edf.toString(), "--from", "30", "--notch", notch, "--lff", "0", "--hff", "0",
                "--sensitivity", "20", "--out", png.toString(), "--json").json();
        BufferedImage image = ImageIO.read(png.toFile());
        TraceLayout layout = TraceLayout.of(1600, 900, 11, new DisplaySettings(20, 10, 0.25, true));
        int band = (layout.baselines()[1] - layout.baselines()[0]) / 2;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int base = layout.baselines()[channel];
        for (int x = layout.traceLeft() + 200; x < layout.traceLeft() + 600; x++) {
            for (int y = base - band; y < base + band; y++) {
                if (image.getRGB(x, y) == TraceRenderer.TRACE) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return bottom - top + 1;
    }

    @Test
    void doubleBananaOfARealClinicalExportHasBipolarLabels() throws Exception {
        Path edf = SharedData.file("format/mne-testing-data/MB0400FU.EDF");
        Path png = tmp.resolve("db.png");
        JsonNode doc = CliRun.of("screenshot", edf.toString(), "--montage", "double-banana", "--out", png.toString(),
                "--json").json();
        assertThat(doc.get("channels").get(0).asText()).isEqualTo("Fp1-F7");
        assertEquals(18, doc.get("channels").size());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
    }

    @Test
    void badInputIsNamed() throws Exception {
        Path edf = SharedData.file("format/mne-testing-data/test_generator_2.edf");
        String out = tmp.resolve("x.png").toString();
        assertThat(CliRun.of("screenshot", edf.toString(), "--montage", "banana", "--out", out).badInput())
                .contains("banana").contains("double-banana");
        assertThat(CliRun.of("screenshot", edf.toString(), "--montage", "double-banana", "--out", out).badInput())
                .contains("no derivation");
        assertThat(CliRun.of("screenshot", edf.toString(), "--from", "601", "--out", out).badInput())
                .contains("past the end");
        assertThat(CliRun.of("screenshot", edf.toString(), "--page", "0", "--out", out).badInput())
                .contains("--page");
        assertThat(CliRun.of("screenshot", edf.toString(), "--sensitivity", "-3", "--out", out).badInput())
                .contains("sensitivity");
        assertThat(CliRun.of("screenshot", edf.toString(), "--notch", "55", "--out", out).badInput()).contains("--notch");
        assertThat(CliRun.of("screenshot", edf.toString(), "--lff", "30", "--hff", "20", "--out", out).badInput())
                .contains("LFF");
    }
}
