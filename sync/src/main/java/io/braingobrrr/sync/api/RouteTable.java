package io.braingobrrr.sync.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes with Javalin and remembers each one with its documentation, so the OpenAPI document
 * is made from the very list the server answers (it cannot name a route that does not exist).
 */
final class RouteTable {
    /**
     * @param auth      true when a bearer token is required
     * @param statuses  the statuses the route answers besides the generic ones (401, 429, 500)
     * @param request   "json", "form", "edf" or null (no body)
     * @param response  "json", "page", "edf", "octet", "text", "png", "html" or null (204)
     * @param body      the record a JSON route answers with (a page's items), for the document's schema; null if none
     */
    record Route(String method, String path, String tag, String summary, boolean auth, String request, String response,
                 List<Integer> statuses, Class<?> body) {
        Route(String method, String path, String tag, String summary, boolean auth, String request, String response,
              List<Integer> statuses) {
            this(method, path, tag, summary, auth, request, response, statuses, null);
        }

        Route returning(Class<?> type) {
            return new Route(method, path, tag, summary, auth, request, response, statuses, type);
        }
    }

    private final RoutesConfig routes;
    private final List<Route> all = new ArrayList<>();

    RouteTable(RoutesConfig routes) {
        this.routes = routes;
    }

    List<Route> all() {
        return List.copyOf(all);
    }

    static final String ROUTE_ATTRIBUTE = "brrr.route";

    RouteTable add(Route r, Handler handler) {
        all.add(r);
        String full = Links.BASE + r.path();
        // The route template, for metrics (in an after-handler Javalin reports the after-handler's own path).
        Handler h = ctx -> {
            ctx.attribute(ROUTE_ATTRIBUTE, full);
            handler.handle(ctx);
        };
        switch (r.method()) {
            case "GET" -> routes.get(full, h);
            case "POST" -> routes.post(full, h);
            case "DELETE" -> routes.delete(full, h);
            case "PATCH" -> routes.patch(full, h);
            case "PUT" -> routes.put(full, h);
            default -> throw new IllegalArgumentException(r.method());
        }
        return this;
    }
}
