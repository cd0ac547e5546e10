package io.braingobrrr.sync.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The browsable API docs at /docs: Swagger UI from the org.webjars:swagger-ui jar on the class path, pointed
 * at /openapi.json. Only the few files the page needs are served (no path from the request reaches the class
 * loader), with the webjar's version read from its pom.properties so a version bump needs no code change.
 */
final class DocsRoutes {
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Brain-Go-Brrr API</title>
              <link rel="stylesheet" href="%1$s/docs/swagger-ui.css">
              <link rel="icon" type="image/png" href="%1$s/docs/favicon-32x32.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="%1$s/docs/swagger-ui-bundle.js"></script>
              <script src="%1$s/docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({ url: "%1$s/openapi.json", dom_id: "#swagger-ui",
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" });
              </script>
            </body>
            </html>
            """;

    private final String root = "META-INF/resources/webjars/swagger-ui/" + version() + "/";
    private final byte[] page = PAGE.formatted(Links.BASE).getBytes(StandardCharsets.UTF_8);

    void register(RouteTable t) {
        t.add(new RouteTable.Route("GET", "/docs", "docs", "This API's browsable documentation (Swagger UI)", false, null, "html",
                List.of(200)), ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        t.add(new RouteTable.Route("GET", "/docs/{asset}", "docs", "Scripts and styles of the documentation page", false, null,
                "text", List.of(200, 404)), ctx -> {
                    String asset = ctx.pathParam("asset");
                    String type = ASSETS.get(asset);
                    InputStream in = type == null ? null : DocsRoutes.class.getClassLoader().getResourceAsStream(root + asset);
                    if (in == null) throw new HttpError(404, "not_found", "the docs page has no file '" + asset + "'");
                    ctx.header("Cache-Control", "max-age=86400").contentType(type).result(in);
                });
    }

    private static String version() {
        try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
