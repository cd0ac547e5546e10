package io.braingobrrr.sync.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A FHIR R4 server emulator on 127.0.0.1 with the semantics the push relies on: transaction bundles whose
 * entries are conditional updates (PUT Type?identifier=system|value: no match creates, one match updates,
 * or conditional creates (POST Type, ifNoneExist identifier=system|value: one match is referenced and left as it is),
 * several is 412), urn:uuid references rewritten to Type/id, bearer-token check, and Patient search by
 * identifier or name.
 */
final class MockFhirServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Type/id -> resource as stored. */
    final Map<String, ObjectNode> resources = new LinkedHashMap<>();
    final List<String> authorizations = new ArrayList<>();
    private final String requiredToken;
    private final HttpServer server;
    private int nextId = 1;

    MockFhirServer(String requiredToken) throws IOException {
        this.requiredToken = requiredToken;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        server.createContext("/fhir", this::handle);
        server.createContext("/token", this::token);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    long count(String type) {
        return resources.keySet().stream().filter(k -> k.startsWith(type + "/")).count();
    }

    /** OAuth2 client credentials: client "brrr" / secret "s3cret" gets the required token. */
    final List<String> tokenRequests = new ArrayList<>();

    private synchronized void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        tokenRequests.add(form);
        boolean ok = form.contains("grant_type=client_credentials") && form.contains("client_id=brrr")
                && form.contains("client_secret=s3cret");
        ObjectNode body = JSON.createObjectNode();
        if (ok) body.put("access_token", requiredToken).put("token_type", "Bearer").put("expires_in", 3600);
        else body.put("error", "invalid_client");
        send(ex, ok ? 200 : 401, body);
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        authorizations.add(auth);
        if (requiredToken != null && !("Bearer " + requiredToken).equals(auth)) {
            send(ex, 401, outcome("login required"));
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (ex.getRequestMethod().equals("POST") && (path.equals("/fhir") || path.equals("/fhir/"))) {
            send(ex, 200, transaction((ObjectNode) JSON.readTree(ex.getRequestBody())));
        } else if (ex.getRequestMethod().equals("GET") && path.equals("/fhir/Patient")) {
            send(ex, 200, search(ex.getRequestURI().getRawQuery()));
        } else {
            send(ex, 404, outcome("not here: " + path));
        }
    }

    private ObjectNode transaction(ObjectNode bundle) {
        if (!"transaction".equals(bundle.path("type").asText())) return outcome("not a transaction");
        Map<String, String> resolved = new HashMap<>();
        List<String> statuses = new ArrayList<>();
        List<ObjectNode> toStore = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode e : bundle.path("entry")) {
            String url = e.path("request").path("url").asText();
            boolean create = "POST".equals(e.path("request").path("method").asText());
            // conditional create: POST Type with ifNoneExist=identifier=...; conditional update: PUT Type?identifier=...
            String type = create ? url : url.substring(0, url.indexOf('?'));
            String query = create ? e.path("request").path("ifNoneExist").asText() : url.substring(url.indexOf('?') + 1);
            String ident = URLDecoder.decode(query.substring(query.indexOf("identifier=") + 11), StandardCharsets.UTF_8);
            List<String> matches = matching(type, ident);
            if (matches.size() > 1) throw new IllegalStateException("412: several " + type + " match " + ident);
            String key = matches.isEmpty() ? type + "/" + (nextId++) : matches.get(0);
            statuses.add(matches.isEmpty() ? "201 Created" : "200 OK");
            resolved.put(e.path("fullUrl").asText(), key);
            // a conditional create that matched leaves the existing resource untouched
            toStore.add(create && !matches.isEmpty() ? null : e.get("resource").deepCopy());
            keys.add(key);
        }
        ObjectNode response = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "transaction-response");
        ArrayNode entries = response.putArray("entry");
        for (int i = 0; i < toStore.size(); i++) {
            ObjectNode r = toStore.get(i);
            if (r != null) {
                rewrite(r, resolved);
                r.put("id", keys.get(i).substring(keys.get(i).indexOf('/') + 1));
                resources.put(keys.get(i), r);
            }
            entries.addObject().putObject("response").put("status", statuses.get(i)).put("location", keys.get(i));
        }
        return response;
    }

    private List<String> matching(String type, String identifier) {
        String[] sv = identifier.split("\\|", 2);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> r : resources.entrySet()) {
            if (!r.getKey().startsWith(type + "/")) continue;
            for (JsonNode id : r.getValue().path("identifier")) {
                if (id.path("system").asText().equals(sv[0]) && id.path("value").asText().equals(sv[1])) out.add(r.getKey());
            }
        }
        return out;
    }

    private static void rewrite(JsonNode n, Map<String, String> resolved) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            if (o.has("reference") && resolved.containsKey(o.get("reference").asText())) {
                o.set("reference", TextNode.valueOf(resolved.get(o.get("reference").asText())));
            }
            o.elements().forEachRemaining(c -> rewrite(c, resolved));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> rewrite(c, resolved));
        }
    }

    private ObjectNode search(String rawQuery) {
        String[] kv = rawQuery == null ? new String[]{"", ""} : rawQuery.split("=", 2);
        String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
        ObjectNode b = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
        ArrayNode entries = b.putArray("entry");
        for (Map.Entry<String, ObjectNode> r : resources.entrySet()) {
            if (!r.getKey().startsWith("Patient/")) continue;
            boolean hit = kv[0].equals("identifier") ? !matching("Patient", value).isEmpty() && matching("Patient", value).contains(r.getKey())
                    : kv[0].equals("name") && r.getValue().path("name").toString().toLowerCase().contains(value.toLowerCase());
            if (hit) entries.addObject().set("resource", r.getValue());
        }
        b.put("total", entries.size());
        return b;
    }

    private static ObjectNode outcome(String text) {
        ObjectNode o = JSON.createObjectNode().put("resourceType", "OperationOutcome");
        o.putArray("issue").addObject().put("severity", "error").put("code", "processing").put("diagnostics", text);
        return o;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/fhir+json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    /** Adds a patient as if another system had created it (for the import tests). */
    synchronized void addPatient(ObjectNode patient) {
        String key = "Patient/" + (nextId++);
        patient.put("id", key.substring(8));
        resources.put(key, patient);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
