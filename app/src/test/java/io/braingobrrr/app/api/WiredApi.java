package io.braingobrrr.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.api.ApiBackends;
import io.braingobrrr.sync.api.ApiConfig;
import io.braingobrrr.sync.api.ApiServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The API wired as `brrr serve` wires it, on 127.0.0.1 over a real database file, with a small HTTP client. */
final class WiredApi implements AutoCloseable {
    static final String PASSWORD = "a long password";
    private static final ObjectMapper JSON = new ObjectMapper();
    final Database db;
    final ApiBackends backends;
    final ApiServer server;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WiredApi(Path dir) {
        db = Database.open(dir.resolve("brrr.db"));
        backends = ApiWiring.backends(db);
        server = new ApiServer(db, ApiConfig.defaults().withRateLimit(0, Duration.ofMinutes(1)), backends);
        base = server.start("127.0.0.1", 0);
    }

    String user(String name, String role) {
        new UserService(db).create(Subject.local("cli", "test"), new NewUser(name, null, role, PASSWORD.toCharArray(), false));
        HttpResponse<byte[]> login = send(HttpRequest.newBuilder(URI.create(base + "/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}")), null);
        return json(login).get("access_token").asText();
    }

    HttpResponse<byte[]> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))), token);
    }

    HttpResponse<byte[]> post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    HttpResponse<byte[]> upload(Path file, String token) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + "/recordings?filename=" + file.getFileName()))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(file)), token);
    }

    /** A path under /api/v1, or a server-relative href from a Location header or _links. */
    private String url(String path) {
        return path.startsWith("/api/v1") ? base.substring(0, base.length() - "/api/v1".length()) + path : base + path;
    }

    HttpResponse<byte[]> send(HttpRequest.Builder b, String token) {
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(r.body()), e);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
        if (backends.sessions() instanceof AutoCloseable c) c.close();
    }
}
