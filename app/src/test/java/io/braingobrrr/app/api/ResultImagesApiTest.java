package io.braingobrrr.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.api.ApiConfig;
import io.braingobrrr.sync.api.ApiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API as `brrr serve` wires it: result PNGs drawn by the workstation's renderers, over real HTTP. */
class ResultImagesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String base;

    private HttpResponse<byte[]> send(HttpRequest.Builder b, String token) throws Exception {
        return http.send(b.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void standardAnalysisIsDrawnAsMontageHypnogramAndSpectra() throws Exception {
        Path edf = SharedData.file("eegmmidb/S001R03.edf");
        Database db = Database.open(dir.resolve("brrr.db"));
        new UserService(db).create(Subject.local("cli", "test"), new NewUser("cleo", null, "clinician", "a long password".toCharArray(), false));
        try (ApiServer server = new ApiServer(db, ApiConfig.defaults().withRateLimit(0, Duration.ofMinutes(1)), ApiWiring.backends(db))) {
            base = server.start("127.0.0.1", 0);
            HttpResponse<byte[]> login = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"cleo\",\"password\":\"a long password\"}")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String token = json(login).get("access_token").asText();
            HttpResponse<byte[]> up = send(HttpRequest.newBuilder(URI.create(base + "/recordings?filename=S001R03.edf"))
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(edf)), token);
            assertEquals(201, up.statusCode(), new String(up.body()));
            long rec = json(up).get("id").asLong();
            HttpResponse<byte[]> started = send(HttpRequest.newBuilder(URI.create(base + "/recordings/" + rec + "/analyses"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"standard\"}")), token);
            assertEquals(202, started.statusCode());
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode status = null;
            for (int i = 0; i < 600; i++) {
                status = json(send(HttpRequest.newBuilder(URI.create(base.replace("/api/v1", "") + location)), token));
                if (!status.get("status").asText().matches("queued|running")) break;
                Thread.sleep(100);
            }
            assertEquals("completed", status.get("status").asText(), status.toString());
            Map<String, Long> byKind = new HashMap<>();
            status.get("results").forEach(r -> byKind.put(r.get("kind").asText(), r.get("id").asLong()));

            BufferedImage montage = png(send(HttpRequest.newBuilder(URI.create(base + "/results/" + byKind.get("quality")
                    + "/visualizations/eeg_montage?width=1000&height=700")), token));
            assertEquals(1000, montage.getWidth());
            assertEquals(700, montage.getHeight());
            assertTrue(colours(montage) > 2, "a blank montage page");

            BufferedImage spectra = png(send(HttpRequest.newBuilder(URI.create(base + "/results/" + byKind.get("spectral")
                    + "/visualizations/power_spectrum")), token));
            assertEquals(1200, spectra.getWidth());
            assertTrue(colours(spectra) > 2, "no spectra drawn");

            HttpResponse<byte[]> wrongKind = send(HttpRequest.newBuilder(URI.create(base + "/results/" + byKind.get("quality")
                    + "/visualizations/hypnogram")), token);
            assertEquals(409, wrongKind.statusCode());
            assertTrue(json(wrongKind).get("message").asText().contains("sleep result"), new String(wrongKind.body()));
            if (byKind.containsKey("sleep")) {
                BufferedImage hyp = png(send(HttpRequest.newBuilder(URI.create(base + "/results/" + byKind.get("sleep")
                        + "/visualizations/hypnogram?width=800&height=300")), token));
                assertEquals(800, hyp.getWidth());
                assertTrue(colours(hyp) > 2, "no hypnogram drawn");
            }
        }
    }

    private static BufferedImage png(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertTrue(img != null, "not a PNG");
        return img;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
