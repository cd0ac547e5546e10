package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Talks to a FHIR R4 server over OkHttp (TLS when the base URL is https): posts transaction bundles and
 * searches patients. Authenticates with a bearer token, or fetches one with OAuth2 client credentials and
 * reuses it until shortly before it expires.
 */
public final class FhirClient {
    private static final MediaType FHIR_JSON = MediaType.get("application/fhir+json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The server's answer to a transaction: HTTP status and each entry's response.status, in order. */
    public record TransactionResult(int httpStatus, List<String> entryStatuses, String error) {
        public boolean ok() {
            return httpStatus >= 200 && httpStatus < 300;
        }
    }

    private final OkHttpClient http;
    private final FhirEndpoint endpoint;
    private final Clock clock;
    private String cachedToken;
    private Instant tokenExpires = Instant.MIN;

    public FhirClient(OkHttpClient http, FhirEndpoint endpoint, Clock clock) {
        this.http = http;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    public TransactionResult transaction(JsonNode bundle) throws IOException {
        Request req = authorised(new Request.Builder().url(base()))
                .header("Accept", "application/fhir+json")
                .post(RequestBody.create(JSON.writeValueAsBytes(bundle), FHIR_JSON)).build();
        try (Response r = http.newCall(req).execute()) {
            String body = r.body().string();
            List<String> statuses = new ArrayList<>();
            if (r.isSuccessful()) {
                JsonNode n = JSON.readTree(body);
                for (JsonNode e : n.path("entry")) statuses.add(e.path("response").path("status").asText());
                return new TransactionResult(r.code(), statuses, null);
            }
            return new TransactionResult(r.code(), statuses, "HTTP " + r.code() + " from " + base() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** Patients matching a search, e.g. identifier=system|value or name=Smith: the raw Bundle's resources. */
    public List<JsonNode> searchPatients(String param, String value) throws IOException {
        okhttp3.HttpUrl url = okhttp3.HttpUrl.get(base() + "/Patient").newBuilder().addQueryParameter(param, value).build();
        Request req = authorised(new Request.Builder().url(url)).header("Accept", "application/fhir+json").get().build();
        try (Response r = http.newCall(req).execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) throw new IOException("HTTP " + r.code() + " searching patients at " + base());
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode e : JSON.readTree(body).path("entry")) {
                if ("Patient".equals(e.path("resource").path("resourceType").asText())) out.add(e.get("resource"));
            }
            return out;
        }
    }

    private String base() {
        String b = endpoint.baseUrl();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private Request.Builder authorised(Request.Builder b) throws IOException {
        switch (endpoint.auth()) {
            case "bearer" -> b.header("Authorization", "Bearer " + endpoint.token());
            case "client_credentials" -> b.header("Authorization", "Bearer " + clientCredentialsToken());
            default -> { }
        }
        return b;
    }

    private synchronized String clientCredentialsToken() throws IOException {
        if (cachedToken != null && clock.instant().isBefore(tokenExpires)) return cachedToken;
        Request req = new Request.Builder().url(endpoint.tokenUrl()).post(new FormBody.Builder()
                .add("grant_type", "client_credentials").add("client_id", endpoint.clientId())
                .add("client_secret", endpoint.clientSecret()).build()).build();
        try (Response r = http.newCall(req).execute()) {
            if (!r.isSuccessful()) throw new IOException("OAuth2 token endpoint " + endpoint.tokenUrl() + " answered HTTP " + r.code());
            JsonNode n = JSON.readTree(r.body().string());
            if (!n.hasNonNull("access_token")) throw new IOException("OAuth2 token endpoint gave no access_token");
            cachedToken = n.get("access_token").asText();
            long ttl = n.path("expires_in").asLong(300);
            tokenExpires = clock.instant().plusSeconds(Math.max(0, ttl - 30));   // renew a little early
            return cachedToken;
        }
    }
}
