package io.braingobrrr.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static io.braingobrrr.app.api.WiredApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording sessions over HTTP with the simulated amplifier, stored as a real recording. */
class SessionApiTest {
    @TempDir
    Path dir;

    @Test
    void technicianRecordsPausesResumesAndStops() throws Exception {
        try (WiredApi api = new WiredApi(dir)) {
            String tech = api.user("tess", "technician");
            String researcher = api.user("rae", "researcher");
            JsonNode devices = json(api.get("/devices", tech));
            assertEquals("simulated", devices.get("items").get(0).get("name").asText());
            assertTrue(devices.has("ports"));

            HttpResponse<byte[]> made = api.post("/sessions", tech, "{\"device\":\"simulated\",\"channels\":4,\"sample_rate_hz\":250}");
            assertEquals(201, made.statusCode(), new String(made.body()));
            JsonNode s = json(made);
            long id = s.get("id").asLong();
            assertEquals("created", s.get("state").asText());
            assertEquals("/api/v1/sessions/" + id + "/start", s.get("_links").get("start").get("href").asText());
            assertEquals(409, api.post("/sessions/" + id + "/pause", tech, "").statusCode());

            JsonNode started = json(api.post("/sessions/" + id + "/start", tech, ""));
            assertEquals("recording", started.get("state").asText(), started.toString());
            long recording = started.get("recording_id").asLong();
            Thread.sleep(800);
            assertEquals("paused", json(api.post("/sessions/" + id + "/pause", tech, "")).get("state").asText());
            assertEquals(409, api.post("/sessions/" + id + "/pause", tech, "").statusCode());
            assertEquals(403, api.post("/sessions/" + id + "/resume", researcher, "").statusCode());
            assertEquals("recording", json(api.post("/sessions/" + id + "/resume", tech, "")).get("state").asText());
            Thread.sleep(500);
            JsonNode stopped = json(api.post("/sessions/" + id + "/stop", tech, ""));
            assertEquals("stopped", stopped.get("state").asText(), stopped.toString());
            assertTrue(stopped.get("samples").asLong() >= 250, stopped.toString());
            assertEquals(409, api.post("/sessions/" + id + "/start", tech, "").statusCode());

            // The session's recording is a stored, complete recording of 4 channels, pause and resume marked.
            JsonNode rec = json(api.get("/recordings/" + recording, researcher));
            assertEquals("complete", rec.get("recording").get("status").asText());
            assertEquals(4, rec.get("signals").size());
            String notes = new String(api.get("/recordings/" + recording + "/annotations", researcher).body());
            assertTrue(notes.contains("Recording paused") && notes.contains("Recording resumed"), notes);
            assertEquals(1, json(api.get("/sessions", researcher)).get("items").size());
        }
    }

    @Test
    void badRequestsAndRolesAreRefused() throws Exception {
        try (WiredApi api = new WiredApi(dir)) {
            String tech = api.user("tess", "technician");
            String researcher = api.user("rae", "researcher");
            HttpResponse<byte[]> unknown = api.post("/sessions", tech, "{\"device\":\"toaster\",\"channels\":99}");
            assertEquals(422, unknown.statusCode());
            assertTrue(json(unknown).get("details").has("device") && json(unknown).get("details").has("channels"));
            HttpResponse<byte[]> playback = api.post("/sessions", tech, "{\"device\":\"playback\"}");
            assertTrue(json(playback).get("details").get("device").asText().contains("not offered"));
            assertTrue(json(api.post("/sessions", tech, "{\"device\":\"cyton\"}")).get("details").has("port"));
            assertTrue(json(api.post("/sessions", tech, "{\"device\":\"simulated\",\"patient_id\":42}")).get("details").has("patient_id"));
            assertEquals(403, api.post("/sessions", researcher, "{\"device\":\"simulated\"}").statusCode());
            assertEquals(404, api.get("/sessions/77", tech).statusCode());
            // The role matrix of the session routes: every role looks, every role but researcher records.
            for (String role : new String[]{"admin", "clinician", "technician", "researcher"}) {
                String token = role.equals("technician") ? tech : role.equals("researcher") ? researcher : api.user(role + "1", role);
                assertEquals(200, api.get("/devices", token).statusCode(), role);
                assertEquals(200, api.get("/sessions", token).statusCode(), role);
                HttpResponse<byte[]> made = api.post("/sessions", token, "{\"device\":\"simulated\"}");
                assertEquals(role.equals("researcher") ? 403 : 201, made.statusCode(), role);
                if (made.statusCode() == 201) {
                    long id = json(made).get("id").asLong();
                    assertEquals(403, api.post("/sessions/" + id + "/start", researcher, "").statusCode());
                    assertEquals(200, api.get("/sessions/" + id, researcher).statusCode());
                }
            }
        }
    }
}
