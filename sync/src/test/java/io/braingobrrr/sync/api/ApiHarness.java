package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.store.Database;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real server on 127.0.0.1 (free port) over a real SQLite file, and an OkHttp client. Users are made
 * through the core service, as `brrr users add` does.
 */
final class ApiHarness implements AutoCloseable {
    static final String PASSWORD = "staple battery 1";
    static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Database db;
    final ApiServer server;
    final String base;
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();

    /** One HTTP answer: status, headers, raw body and (when JSON) the parsed body. */
    record Answer(int status, okhttp3.Headers headers, byte[] bytes) {
        JsonNode json() {
            try {
                return MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + new String(bytes), e);
            }
        }

        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    ApiHarness(Path dir, ApiConfig config) {
        this(dir, config, ApiBackends.none());
    }

    ApiHarness(Path dir, ApiConfig config, ApiBackends backends) {
        db = Database.open(dir.resolve("brrr.db"));
        server = new ApiServer(db, config, backends);
        base = server.start("127.0.0.1", 0);
    }

    ApiHarness(Path dir) {
        this(dir, ApiConfig.defaults().withRateLimit(0, Duration.ofMinutes(1)));
    }

    void addUser(String username, String role) {
        new UserService(db).create(Subject.local("cli", "test"),
                new NewUser(username, username + " display", role, PASSWORD.toCharArray(), false));
    }

    /** Signs in with the JSON login and returns the access token. */
    String token(String username) {
        Answer a = postJson("/auth/login", null, Map.of("username", username, "password", PASSWORD));
        if (a.status() != 200) throw new AssertionError("login of " + username + " failed: " + a.text());
        return a.json().get("access_token").asText();
    }

    Answer get(String path, String token) {
        return call(builder(path, token).get());
    }

    Answer get(String path, String token, String accept) {
        return call(builder(path, token).header("Accept", accept).get());
    }

    Answer patchJson(String path, String token, Object body) {
        try {
            return call(builder(path, token).patch(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer putJson(String path, String token, Object body) {
        try {
            return call(builder(path, token).put(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with an integration client's key in X-API-Key. */
    Answer getWithKey(String path, String key) {
        return call(new Request.Builder().url(base + path).header("X-API-Key", key).get());
    }

    Answer delete(String path, String token) {
        return call(builder(path, token).delete());
    }

    Answer postJson(String path, String token, Object body) {
        return postJson(path, token, body, null);
    }

    Answer postJson(String path, String token, Object body, String idempotencyKey) {
        Request.Builder b = builder(path, token);
        if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
        try {
            return call(b.post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer postForm(String path, Map<String, String> fields) {
        FormBody.Builder f = new FormBody.Builder();
        fields.forEach(f::add);
        return call(builder(path, null).post(f.build()));
    }

    Answer postBytes(String path, String token, byte[] body, String contentType) {
        return call(builder(path, token).post(RequestBody.create(body, contentType == null ? null : MediaType.get(contentType))));
    }

    Answer postFile(String path, String token, Path file, String contentType) {
        return call(builder(path, token).post(RequestBody.create(file.toFile(), MediaType.get(contentType))));
    }

    Answer call(Request.Builder b) {
        try (Response r = http.newCall(b.build()).execute()) {
            return new Answer(r.code(), r.headers(), r.body().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Request.Builder builder(String path, String token) {
        Request.Builder b = new Request.Builder().url(path.startsWith("http") ? path : base + path);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    /** Absolute URL of a server-relative href from a _links object. */
    String absolute(String href) {
        return base.substring(0, base.length() - Links.BASE.length()) + href;
    }

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
