package io.braingobrrr.sync.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.braingobrrr.core.service.Page;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HATEOAS links (relative to the server, {@code /api/v1/...}) and the paged list document. */
final class Links {
    static final String BASE = "/api/v1";
    static final int DEFAULT_SIZE = 20;

    record Link(String href) {
    }

    /** A page of items with page, size, total and first/prev/next/last links that keep the request's filters. */
    record PageBody(List<?> items, int page, int size, long total, @JsonProperty("_links") Map<String, Link> links) {
    }

    private Links() {
    }

    static Map<String, Link> of(String... relHrefPairs) {
        Map<String, Link> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < relHrefPairs.length; i += 2) m.put(relHrefPairs[i], to(relHrefPairs[i + 1]));
        return m;
    }

    /** A link to {@code href} under the API's base path. */
    static Link to(String href) {
        return new Link(BASE + href);
    }

    static int page(Context ctx) {
        return intParam(ctx, "page", 1);
    }

    static int size(Context ctx) {
        return intParam(ctx, "size", DEFAULT_SIZE);
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw io.braingobrrr.core.service.InvalidInputException.of(name, "must be a whole number, not '" + v + "'");
        }
    }

    static PageBody page(Context ctx, Page<?> p, List<?> items) {
        StringBuilder filters = new StringBuilder();
        ctx.queryParamMap().forEach((k, values) -> {
            if (k.equals("page") || k.equals("size")) return;
            for (String v : values) filters.append('&').append(enc(k)).append('=').append(enc(v));
        });
        String path = ctx.path();
        Map<String, Link> links = new LinkedHashMap<>();
        int last = p.pageCount();
        links.put("self", href(path, p.page(), p.size(), filters));
        links.put("first", href(path, 1, p.size(), filters));
        if (p.page() > 1) links.put("prev", href(path, Math.min(p.page() - 1, last), p.size(), filters));
        if (p.page() < last) links.put("next", href(path, p.page() + 1, p.size(), filters));
        links.put("last", href(path, last, p.size(), filters));
        return new PageBody(items, p.page(), p.size(), p.total(), links);
    }

    private static Link href(String path, int page, int size, CharSequence filters) {
        return new Link(path + "?page=" + page + "&size=" + size + filters);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
