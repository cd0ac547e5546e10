package io.braingobrrr.sync.outbox;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on 127.0.0.1 (JDK HttpServer). {@code behaviour} maps the call number (1, 2, ...) to
 * the status to answer; a negative status means "hang longer than the client's timeout". It can go down
 * (stop listening) and come back on the same port. It verifies Standard Webhooks signatures with its own
 * code (javax.crypto), not the signer under test.
 */
final class TestReceiver implements AutoCloseable {
    /** One request as it arrived. */
    record Call(int seq, String id, long timestamp, String signature, String body, int status, boolean signatureValid) {
    }

    private final List<String> secrets = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator behaviour;
    private volatile long delayMillis;
    private HttpServer server;
    private int port;

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");   // else delayed ACKs add ~40 ms per request
    }

    TestReceiver(IntUnaryOperator behaviour) throws IOException {
        this.behaviour = behaviour;
        start(0);
    }

    void secrets(List<String> s) {
        secrets.clear();
        secrets.addAll(s);
    }

    void behaviour(IntUnaryOperator b) {
        behaviour = b;
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    synchronized void goDown() {
        server.stop(0);
        server = null;
    }

    synchronized void comeBack() throws IOException {
        start(port);
    }

    private void start(int p) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", p), 50);
        port = server.getAddress().getPort();
        server.createContext("/hook", ex -> {
            byte[] raw;
            try (InputStream in = ex.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String body = new String(raw, StandardCharsets.UTF_8);
            String id = ex.getRequestHeaders().getFirst("webhook-id");
            String ts = ex.getRequestHeaders().getFirst("webhook-timestamp");
            String sig = ex.getRequestHeaders().getFirst("webhook-signature");
            int seq = count.incrementAndGet();
            int status = behaviour.applyAsInt(seq);
            int answer = status < 0 ? 200 : status;
            // Recorded on arrival: a hung call is seen even if the test ends before the hang does.
            if (status < 0) calls.add(new Call(seq, id, ts == null ? -1 : Long.parseLong(ts), sig, body, -1, verify(id, ts, body, sig)));
            try {
                if (status < 0) Thread.sleep(-status);
                else if (delayMillis > 0) Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (status >= 0) calls.add(new Call(seq, id, ts == null ? -1 : Long.parseLong(ts), sig, body, answer, verify(id, ts, body, sig)));
            ex.sendResponseHeaders(answer, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Every v1 signature in the header must match one of the known secrets, and each secret must have signed. */
    boolean verify(String id, String ts, String body, String header) {
        if (id == null || ts == null || header == null || secrets.isEmpty()) return false;
        List<String> given = List.of(header.split(" "));
        for (String secret : secrets) {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                byte[] expected = mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8));
                boolean found = false;
                for (String g : given) {
                    if (!g.startsWith("v1,")) continue;
                    byte[] got = Base64.getDecoder().decode(g.substring(3));
                    if (MessageDigest.isEqual(expected, got)) found = true;
                }
                if (!found) return false;
            } catch (Exception e) {
                return false;
            }
        }
        return given.size() == secrets.size();
    }

    /** The calls in arrival order (a hung call is recorded only when it ends). */
    List<Call> byArrival() {
        List<Call> out = new ArrayList<>(calls);
        out.sort(java.util.Comparator.comparingInt(Call::seq));
        return out;
    }

    /** Ids of the calls answered 2xx, in arrival order. */
    List<String> deliveredIds() {
        List<String> out = new ArrayList<>();
        for (Call c : byArrival()) if (c.status() >= 200 && c.status() < 300) out.add(c.id());
        return out;
    }

    @Override
    public synchronized void close() {
        if (server != null) server.stop(0);
    }
}
