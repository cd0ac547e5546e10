package io.braingobrrr.sync.api;

import io.braingobrrr.core.store.Database;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Clock;
import java.util.List;

/**
 * The embedded REST API under {@code /api/v1}. Handlers only translate HTTP to core service calls; the
 * services check permissions and audit. Binding an address other than loopback is the caller's decision
 * (`brrr serve` refuses it without TLS unless told otherwise).
 */
public final class ApiServer implements AutoCloseable {
    private final ApiServices services;
    private final Javalin app;
    private List<RouteTable.Route> routes;
    private final Tls tls;
    private volatile String host;
    private volatile int requestedPort;
    private volatile org.eclipse.jetty.server.ServerConnector tlsConnector;

    public ApiServer(Database db, ApiConfig config) {
        this(db, config, ApiBackends.none());
    }

    public ApiServer(Database db, ApiConfig config, ApiBackends backends) {
        this(db, config, Clock.systemUTC(), backends);
    }

    ApiServer(Database db, ApiConfig config, Clock clock, ApiBackends backends) {
        this.services = ApiServices.create(db, config, clock, backends);
        this.tls = config.tls();
        Authenticator auth = new Authenticator(services.tokens(), services.clients());
        RateLimiter limiter = new RateLimiter(config.rateLimit(), config.rateWindow(), clock);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            cfg.http.maxRequestSize = 1 << 20;   // JSON and form bodies; uploads are streamed separately
            cfg.jetty.threadPool = threadPool(config.workerThreads());
            // Javalin copies every response body to Jetty through a new buffer of this size (default: Jetty's 32 KB
            // output buffer): 8 KB holds a typical JSON page in one copy at a quarter of the allocation.
            cfg.http.responseBufferSize = RESPONSE_COPY_BUFFER;
            if (tls != null) {
                cfg.jetty.addConnector((server, http) -> tlsConnector = tls.connector(server, http, host, requestedPort));
            }
            cfg.routes.before(ctx -> {
                ctx.attribute("brrr.start", System.nanoTime());
                RequestIds.assign(ctx);
                auth.resolve(ctx);
                String path = ctx.path();
                // Monitors poll these: never limited.
                if (!path.equals(Links.BASE + "/health") && !path.equals(Links.BASE + "/metrics")) limiter.check(ctx);
            });
            cfg.routes.after(ctx -> {
                Long start = ctx.attribute("brrr.start");
                String route = ctx.attribute(RouteTable.ROUTE_ATTRIBUTE);
                if (route == null) route = "unmatched";
                if (start != null) services.metrics().record(ctx.method().name(), route, ctx.statusCode(), System.nanoTime() - start);
            });
            ErrorResponses.install(cfg.routes);
            RouteTable table = new RouteTable(cfg.routes);
            new AuthRoutes(services).register(table);
            new UserRoutes(services).register(table);
            new PatientRoutes(services).register(table);
            new RecordingRoutes(services).register(table);
            new AuditRoutes(services).register(table);
            new IntegrationRoutes(services).register(table);
            new AnalysisRoutes(services).register(table);
            new ResultRoutes(services).register(table);
            new SessionRoutes(services).register(table);
            new HealthRoutes(services, table::all).register(table);
            new DocsRoutes().register(table);
            SyncRoutes.register(table, services, clock);
            routes = table.all();
        });
    }

    static final int RESPONSE_COPY_BUFFER = 8 * 1024;

    /** Jetty's threads: the request workers plus the connector's acceptor and selector, all started up front. */
    static QueuedThreadPool threadPool(int workers) {
        int threads = workers + 2;
        QueuedThreadPool pool = new QueuedThreadPool(threads, threads, 60_000);
        pool.setName("brrr-api");
        return pool;
    }

    /** Starts listening; returns the base URL, e.g. http://127.0.0.1:8080/api/v1. Port 0 picks a free port. */
    public String start(String host, int port) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (tls == null) {
            app.start(host, port);
            return "http://" + h + ":" + app.port() + Links.BASE;
        }
        this.host = host;
        this.requestedPort = port;
        app.start();
        return "https://" + h + ":" + port() + Links.BASE;
    }

    /** The addresses Jetty listens on, e.g. "https://127.0.0.1:8443" (tests check nothing listens in clear text). */
    List<String> listeners() {
        return app.jettyServer().server().getConnectors().length == 0 ? List.of() : java.util.Arrays.stream(app.jettyServer().server()
                .getConnectors()).map(c -> c.getProtocols() + " " + ((org.eclipse.jetty.server.ServerConnector) c).getLocalPort()).toList();
    }

    public int port() {
        return tlsConnector != null ? tlsConnector.getLocalPort() : app.port();
    }

    List<RouteTable.Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        services.analyses().close();
    }
}
