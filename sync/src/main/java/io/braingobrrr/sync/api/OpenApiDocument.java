package io.braingobrrr.sync.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * OpenAPI 3.1 built from the {@link RouteTable}: every registered route with its parameters, request body,
 * responses (the shared error shape for 4xx/5xx), and the security schemes (bearer JWT, OAuth2 password).
 */
final class OpenApiDocument {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted: queued (see Location)"),
            Map.entry(204, "No Content"), Map.entry(400, "Bad request"), Map.entry(401, "Not signed in or token invalid"),
            Map.entry(403, "The role lacks a permission"), Map.entry(404, "Not found"), Map.entry(409, "Conflict"),
            Map.entry(413, "Upload too large"), Map.entry(415, "Unsupported media type"),
            Map.entry(422, "Invalid fields (details: field -> problem)"), Map.entry(429, "Rate limit reached (see Retry-After)"),
            Map.entry(500, "Unexpected failure"), Map.entry(501, "Not available on this server (see message)"));

    private OpenApiDocument() {
    }

    static byte[] build(List<RouteTable.Route> routes) {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Brain-Go-Brrr workstation API").put("version", "1")
                .put("description", "Embedded REST API of the EEG workstation. Researchers receive pseudonymised patients.");
        doc.putArray("servers").addObject().put("url", Links.BASE);
        ObjectNode paths = doc.putObject("paths");
        ObjectNode schemas = F.objectNode();
        Schemas records = new Schemas(schemas);
        for (RouteTable.Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            path.set(r.method().toLowerCase(), operation(r, records));
        }
        ObjectNode webhooks = doc.putObject("webhooks");
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas);
        WebhookDocs.add(webhooks, schemas);
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", Authenticator.API_KEY_HEADER)
                .put("description", "An integration client's key (POST /integrations/clients); also accepted as 'Authorization: ApiKey <key>'");
        schemes.putObject("oauth2").put("type", "oauth2").putObject("flows").putObject("password")
                .put("tokenUrl", Links.BASE + "/auth/token").put("refreshUrl", Links.BASE + "/auth/token").putObject("scopes");
        ObjectNode error = schemas.putObject("Error").put("type", "object");
        error.putArray("required").add("error").add("message").add("details").add("request_id");
        ObjectNode ep = error.putObject("properties");
        ep.putObject("error").put("type", "string").put("description", "machine-readable code");
        ep.putObject("message").put("type", "string");
        ep.putObject("details").put("type", "object");
        ep.putObject("request_id").put("type", "string");
        ObjectNode page = schemas.putObject("Page").put("type", "object");
        ObjectNode pp = page.putObject("properties");
        pp.putObject("items").put("type", "array");
        pp.putObject("page").put("type", "integer");
        pp.putObject("size").put("type", "integer");
        pp.putObject("total").put("type", "integer");
        pp.putObject("_links").put("type", "object").put("description", "self, first, prev, next, last: {href}");
        schemas.putObject("Resource").put("type", "object").putObject("properties").putObject("_links").put("type", "object");
        try {
            return ApiJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode operation(RouteTable.Route r, Schemas records) {
        ObjectNode op = F.objectNode();
        op.put("operationId", (r.method() + r.path()).replaceAll("[^A-Za-z0-9]+", "_"));
        op.putArray("tags").add(r.tag());
        op.put("summary", r.summary());
        ArrayNode security = op.putArray("security");
        if (r.auth()) {
            security.addObject().putArray("bearer");
            security.addObject().putArray("apiKey");
        } else {
            security.addObject();
        }
        ArrayNode params = op.putArray("parameters");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(r.path());
        while (m.find()) {
            params.addObject().put("name", m.group(1)).put("in", "path").put("required", true).putObject("schema")
                    .put("type", m.group(1).equals("id") ? "integer" : "string");
        }
        if ("page".equals(r.response())) {
            params.addObject().put("name", "page").put("in", "query").putObject("schema").put("type", "integer").put("minimum", 1);
            params.addObject().put("name", "size").put("in", "query").putObject("schema").put("type", "integer")
                    .put("minimum", 1).put("maximum", io.braingobrrr.core.service.Page.MAX_SIZE);
        }
        if ("POST".equals(r.method())) {
            params.addObject().put("name", Idempotency.HEADER).put("in", "header").put("required", false)
                    .putObject("schema").put("type", "string");
        }
        if (r.request() != null) {
            ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
            switch (r.request()) {
                case "form" -> content.putObject("application/x-www-form-urlencoded").putObject("schema").put("type", "object");
                case "edf" -> content.putObject("application/octet-stream").putObject("schema").put("type", "string")
                        .put("format", "binary");
                default -> content.putObject("application/json").putObject("schema").put("type", "object");
            }
        }
        ObjectNode responses = op.putObject("responses");
        TreeSet<Integer> statuses = new TreeSet<>(r.statuses());
        if (r.auth()) statuses.add(401);
        if (!r.path().equals("/health") && !r.path().equals("/metrics")) statuses.add(429);
        statuses.add(500);
        for (int status : statuses) {
            ObjectNode resp = responses.putObject(Integer.toString(status)).put("description", REASONS.getOrDefault(status, "see message"));
            if (status >= 400) {
                resp.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            } else if (status != 204 && r.response() != null) {
                ObjectNode content = resp.putObject("content");
                switch (r.response()) {
                    case "page" -> {
                        ObjectNode schema = content.putObject("application/json").putObject("schema");
                        if (r.body() == null) {
                            schema.put("$ref", "#/components/schemas/Page");
                        } else {
                            ArrayNode all = schema.putArray("allOf");
                            all.addObject().put("$ref", "#/components/schemas/Page");
                            all.addObject().putObject("properties").putObject("items").put("type", "array").putObject("items")
                                    .put("$ref", records.ref(r.body()));
                        }
                    }
                    case "edf", "octet" -> {
                        content.putObject("application/octet-stream").putObject("schema").put("type", "string").put("format", "binary");
                        if (r.response().equals("octet")) content.putObject("application/json").putObject("schema").put("type", "object");
                    }
                    case "text" -> content.putObject("text/plain").putObject("schema").put("type", "string");
                    case "json+pdf" -> {
                        content.putObject("application/json").putObject("schema").put("$ref", records.ref(r.body()));
                        content.putObject("application/pdf").putObject("schema").put("type", "string").put("format", "binary");
                    }
                    case "png" -> content.putObject("image/png").putObject("schema").put("type", "string").put("format", "binary");
                    case "html" -> content.putObject("text/html").putObject("schema").put("type", "string");
                    default -> content.putObject("application/json").putObject("schema")
                            .put("$ref", r.body() == null ? "#/components/schemas/Resource" : records.ref(r.body()));
                }
            }
        }
        return op;
    }
}
