package io.braingobrrr.app.cli;

import io.braingobrrr.sync.api.ApiConfig;
import io.braingobrrr.app.api.ApiWiring;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.sync.api.ApiBackends;
import io.braingobrrr.sync.api.ApiServer;
import io.braingobrrr.sync.api.Tls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * `brrr serve`: the embedded REST API without the GUI, until interrupted. Binds loopback by default;
 * another address would expose patient data and passwords on the network, so it needs a TLS keystore
 * (--keystore with the password on standard input) unless --insecure-bind is given explicitly.
 */
@Command(name = "serve", description = "Run the REST API (/api/v1) until interrupted; prints the base URL when ready.")
final class ServeCommand extends SubcommandBase {
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(names = "--port", paramLabel = "P", description = "Port (default: 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests per client per minute (default: 600; 0 = off).")
    int rateLimit = 600;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads answering requests (default: two per core, at least 4; more only helps slow clients).")
    Integer threads;

    @Option(names = "--insecure-bind", description = "Allow a non-loopback address without TLS (trusted networks only).")
    boolean insecure;

    @Option(names = "--keystore", paramLabel = "P", description = "PKCS#12 or JKS keystore with the server's key: serve HTTPS.")
    Path keystore;

    @Option(names = "--keystore-password-stdin", description = "Read the keystore password from standard input (one line).")
    boolean keystorePasswordStdin;

    /** Where the keystore password is read from; tests replace it. */
    static InputStream stdin = System.in;

    record Document(String baseUrl) {
    }

    @Override
    protected int execute() throws Exception {
        if (port < 0 || port > 65535) throw new BadInputException("--port must be 0..65535, got " + port);
        if (rateLimit < 0) throw new BadInputException("--rate-limit must be 0 or more, got " + rateLimit);
        if (threads != null && threads < 2) throw new BadInputException("--threads must be 2 or more, got " + threads);
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("--bind " + bind + ": unknown address");
        }
        if (keystorePasswordStdin && keystore == null) throw new BadInputException("--keystore-password-stdin needs --keystore");
        if (!address.isLoopbackAddress() && !insecure && keystore == null) {
            throw new BadInputException("--bind " + bind + " is not a loopback address: that needs TLS (--keystore P"
                    + " --keystore-password-stdin), or --insecure-bind to accept clear text on a trusted network");
        }
        ApiConfig config = ApiConfig.defaults().withRateLimit(rateLimit, Duration.ofMinutes(1));
        if (threads != null) config = config.withWorkerThreads(threads);
        if (keystore != null) {
            char[] password = keystorePasswordStdin ? UsersAddCommand.readLine(stdin) : new char[0];
            try {
                config = config.withTls(Tls.of(inputFile(keystore), password));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--keystore: " + e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        Database db = database();
        ApiBackends backends = ApiWiring.backends(db);
        ApiServer server = new ApiServer(db, config, backends);
        // The outbox is delivered in the background while the API serves (webhooks, FHIR).
        io.braingobrrr.sync.SyncServices.create(db).startWorkers(Duration.ofSeconds(1));
        String url;
        try {
            url = server.start(bind, port);
        } catch (RuntimeException e) {
            server.close();
            throw new BadInputException("cannot listen on " + bind + ":" + port + " (" + rootMessage(e) + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            // Sessions still recording are stopped, so their recordings are finalised rather than recovered later.
            if (backends.sessions() instanceof AutoCloseable sessions) {
                try {
                    sessions.close();
                } catch (Exception e) {
                    System.err.println("stopping recording sessions: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "brrr-serve-shutdown"));
        if (json()) printJson(new Document(url));
        else out().println(url);
        out().flush();
        stopped.await();
        return Cli.OK;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
