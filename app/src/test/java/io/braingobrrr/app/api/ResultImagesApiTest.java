package io.braingobrrr.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.braingobrrr.app.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.braingobrrr.app.api.WiredApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API as `brrr serve` wires it: result PNGs drawn by the workstation's renderers, over real HTTP. */
class ResultImagesApiTest {
    @TempDir
    Path dir;

    @Test
    void standardAnalysisIsDrawnAsMontageHypnogramAndSpectra() throws Exception {
        Path edf = SharedData.file("eegmmidb/S001R03.edf");
        try (WiredApi api = new WiredApi(dir)) {
            String token = api.user("cleo", "clinician");
            HttpResponse<byte[]> up = api.upload(edf, token);
            assertEquals(201, up.statusCode(), new String(up.body()));
            long rec = json(up).get("id").asLong();
            HttpResponse<byte[]> started = api.post("/recordings/" + rec + "/analyses", token, "{\"type\":\"standard\"}");
            assertEquals(202, started.statusCode());
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode status = null;
            for (int i = 0; i < 600; i++) {
                status = json(api.get(location, token));
                if (!status.get("status").asText().matches("queued|running")) break;
                Thread.sleep(100);
            }
            assertEquals("completed", status.get("status").asText(), status.toString());
            Map<String, Long> byKind = new HashMap<>();
            status.get("results").forEach(r -> byKind.put(r.get("kind").asText(), r.get("id").asLong()));
            assertTrue(byKind.containsKey("sleep"), byKind.toString());

            BufferedImage montage = png(api.get("/results/" + byKind.get("quality") + "/visualizations/eeg_montage?width=1000&height=700", token));
            assertEquals(1000, montage.getWidth());
            assertEquals(700, montage.getHeight());
            assertTrue(colours(montage) > 2, "a blank montage page");

            BufferedImage spectra = png(api.get("/results/" + byKind.get("spectral") + "/visualizations/power_spectrum", token));
            assertEquals(1200, spectra.getWidth());
            assertTrue(colours(spectra) > 2, "no spectra drawn");

            BufferedImage hyp = png(api.get("/results/" + byKind.get("sleep") + "/visualizations/hypnogram?width=800&height=300", token));
            assertEquals(800, hyp.getWidth());
            assertTrue(colours(hyp) > 2, "no hypnogram drawn");

            HttpResponse<byte[]> wrongKind = api.get("/results/" + byKind.get("quality") + "/visualizations/hypnogram", token);
            assertEquals(409, wrongKind.statusCode());
            assertTrue(json(wrongKind).get("message").asText().contains("sleep result"), new String(wrongKind.body()));
        }
    }

    private static BufferedImage png(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertNotNull(img, "not a PNG");
        return img;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
