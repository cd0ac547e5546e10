package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploading real EDF files and reading them back over HTTP. */
class RecordingApiTest {
    static final String EDF = "format/mne-testing-data/test_generator_2.edf";
    static final String OCTET = "application/octet-stream";

    @TempDir
    Path dir;
    private ApiHarness api;
    private String tech;

    @BeforeEach
    void start() {
        api = new ApiHarness(dir, ApiHarnessConfigs.smallUploads());
        api.addUser("tess", "technician");
        tech = api.token("tess");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private long upload(Path file) {
        ApiHarness.Answer a = api.postFile("/recordings?filename=" + file.getFileName(), tech, file, OCTET);
        assertEquals(201, a.status(), a.text());
        assertEquals("/api/v1/recordings/" + a.json().get("id").asLong(), a.header("Location"));
        return a.json().get("id").asLong();
    }

    @Test
    void uploadedEdfReadsBackWithTheFilesSamples() throws Exception {
        Path file = SharedData.data(EDF);
        long id = upload(file);
        JsonNode rec = api.get("/recordings/" + id, tech).json();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                rec.get("recording").get("sha256").asText());
        assertEquals("test_generator_2.edf", rec.get("recording").get("source_file").asText());
        assertEquals(11, rec.get("signals").size());

        // JSON samples of a whole channel against the reference's statistics (an independent decoder).
        JsonNode ref = new ObjectMapper().readTree(SharedData.reference(EDF).toFile()).get("stats").get("ramp");
        JsonNode s = api.get("/recordings/" + id + "/samples?channel=ramp", tech).json();
        JsonNode values = s.get("values");
        assertEquals(ref.get("n_samples").asInt(), values.size());
        double sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (JsonNode v : values) {
            sum += v.asDouble();
            min = Math.min(min, v.asDouble());
            max = Math.max(max, v.asDouble());
        }
        assertEquals(ref.get("mean").asDouble(), sum / values.size(), 1e-4);
        assertEquals(ref.get("min").asDouble(), min, 1e-4);
        assertEquals(ref.get("max").asDouble(), max, 1e-4);
        for (int i = 0; i < 5; i++) assertEquals(ref.get("first5").get(i).asDouble(), values.get(i).asDouble(), 1e-4);

        // float32 octets of a time range equal the file read directly.
        ApiHarness.Answer bin = api.get("/recordings/" + id + "/samples?channel=sine%208%20Hz&from=10&to=12", tech, OCTET);
        assertEquals(200, bin.status(), bin.text());
        float[] got = new float[bin.bytes().length / 4];
        ByteBuffer.wrap(bin.bytes()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(got);
        try (SignalSource edf = EdfReader.open(file)) {
            int sig = edf.indexOf("sine 8 Hz");
            double rate = edf.signals().get(sig).sampleRateHz();
            assertEquals((int) (2 * rate), got.length);
            assertEquals(Long.toString((long) (10 * rate)), bin.header("X-First-Sample"));
            float[] expected = new float[got.length];
            edf.readPhysical(sig, (long) (10 * rate), expected, 0, expected.length);
            assertArrayEquals(expected, got);
        }
    }

    @Test
    void downloadIsAnEdfWithTheSameSamples() throws Exception {
        Path file = SharedData.data(EDF);
        long id = upload(file);
        ApiHarness.Answer a = api.get("/recordings/" + id + "/file", tech);
        assertEquals(200, a.status());
        assertTrue(a.header("Content-Disposition").contains("recording-" + id + ".edf"));
        Path back = dir.resolve("back.edf");
        Files.write(back, a.bytes());
        try (SignalSource original = EdfReader.open(file); SignalSource copy = EdfReader.open(back)) {
            int sig = original.indexOf("pulse");
            int[] x = new int[2000], y = new int[2000];
            original.readDigital(sig, 0, x, 0, x.length);
            copy.readDigital(copy.indexOf("pulse"), 0, y, 0, y.length);
            assertArrayEquals(x, y);
            assertFalse(original.patientIdentification().isBlank(), "the test needs a file that names its patient");
            assertFalse(copy.patientIdentification().contains(original.patientIdentification().strip()),
                    "a technician's export carries no patient field: " + copy.patientIdentification());
        }
    }

    @Test
    void textFileIsRefusedAndNothingIsStored() {
        byte[] text = "hello, this is not an EEG\n".repeat(20).getBytes();
        ApiHarness.Answer wrongType = api.postBytes("/recordings", tech, text, "text/plain");
        assertEquals(415, wrongType.status());
        assertEquals("unsupported_media_type", wrongType.json().get("error").asText());
        ApiHarness.Answer mislabelled = api.postBytes("/recordings?filename=notes.edf", tech, text, OCTET);
        assertEquals(422, mislabelled.status());
        String why = mislabelled.json().get("details").get("file").asText();
        assertTrue(why.startsWith("notes.edf") && why.contains("not an EDF"), why);
        assertFalse(why.contains("brrr-upload"), "no temporary file name leaks: " + why);
        assertEquals(0, api.get("/recordings", tech).json().get("total").asInt());
    }

    @Test
    void truncatedEdfIsRefusedAndNothingIsStored() throws Exception {
        byte[] whole = Files.readAllBytes(SharedData.data(EDF));
        ApiHarness.Answer a = api.postBytes("/recordings?filename=cut.edf", tech, Arrays.copyOf(whole, 3000), OCTET);
        assertEquals(422, a.status(), a.text());
        assertEquals(0, api.get("/recordings", tech).json().get("total").asInt());
        ApiHarness.Answer empty = api.postBytes("/recordings", tech, new byte[0], OCTET);
        assertEquals(422, empty.status());
    }

    @Test
    void tooLargeUploadIs413() {
        byte[] big = new byte[(int) ApiHarnessConfigs.UPLOAD_LIMIT + 1];
        ApiHarness.Answer a = api.postBytes("/recordings", tech, big, OCTET);
        assertEquals(413, a.status());
        assertEquals("payload_too_large", a.json().get("error").asText());
        assertEquals(ApiHarnessConfigs.UPLOAD_LIMIT, a.json().get("details").get("max_bytes").asLong());
        assertEquals(0, api.get("/recordings", tech).json().get("total").asInt());
    }

    @Test
    void paginationLinksWalkEveryPage() {
        Path file = SharedData.data("format/mne-testing-data/subsecond_starttime.edf");
        for (int i = 0; i < 5; i++) upload(file);
        upload(SharedData.data("format/mne-testing-data/test_bdf_stim_channel.bdf"));   // filtered out below
        JsonNode p1 = api.get("/recordings?size=2&format=EDF%2BC", tech).json();
        assertEquals(5, p1.get("total").asInt());
        assertEquals(2, p1.get("items").size());
        JsonNode links = p1.get("_links");
        assertFalse(links.has("prev"));
        assertTrue(links.get("last").get("href").asText().endsWith("page=3&size=2&format=EDF%2BC"), links.toString());
        JsonNode p2 = api.get(api.absolute(links.get("next").get("href").asText()), tech).json();
        assertEquals(2, p2.get("page").asInt());
        assertTrue(p2.get("_links").get("prev").get("href").asText().contains("page=1"));
        JsonNode p3 = api.get(api.absolute(p2.get("_links").get("next").get("href").asText()), tech).json();
        assertEquals(1, p3.get("items").size());
        assertFalse(p3.get("_links").has("next"));
        // Every item carries its own links.
        assertTrue(p3.get("items").get(0).get("_links").get("samples").get("href").asText().contains("/samples"));
    }

    @Test
    void softDeletedRecordingIsGone() {
        long id = upload(SharedData.data("format/mne-testing-data/subsecond_starttime.edf"));
        assertEquals(204, api.delete("/recordings/" + id, tech).status());
        assertEquals(404, api.get("/recordings/" + id, tech).status());
        assertEquals(0, api.get("/recordings", tech).json().get("total").asInt());
    }

    @Test
    void annotationsAndBadSampleRequests() {
        long id = upload(SharedData.data("format/mne-testing-data/test_edf_overlapping_annotations.edf"));
        JsonNode ann = api.get("/recordings/" + id + "/annotations", tech).json().get("items");
        assertTrue(ann.size() > 0);
        assertTrue(ann.get(0).has("onset_s") && ann.get(0).has("text"));
        assertEquals("channel", api.get("/recordings/" + id + "/samples?channel=NOPE", tech).json().get("details")
                .fieldNames().next());
        assertEquals(422, api.get("/recordings/" + id + "/samples?channel=0&from=5&to=2", tech).status());
        assertEquals(422, api.get("/recordings/" + id + "/samples?channel=0&from=abc", tech).status());
    }
}
