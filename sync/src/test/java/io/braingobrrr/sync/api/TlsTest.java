package io.braingobrrr.sync.api;

import io.braingobrrr.core.store.Database;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTPS with a keystore made by the JDK's keytool, called by OkHttp trusting only that certificate. */
class TlsTest {
    private static final char[] PASSWORD = "keystore secret".toCharArray();
    @TempDir
    static Path dir;
    private static Path keystore;

    @BeforeAll
    static void makeKeystore() throws Exception {
        keystore = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "brrr", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(PASSWORD), "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost").redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool hung");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
    }

    /** A client that trusts exactly the server's self-signed certificate (as a central service would be set up). */
    private static OkHttpClient trustingClient() throws Exception {
        KeyStore server = KeyStore.getInstance(keystore.toFile(), PASSWORD);
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("brrr", server.getCertificate("brrr"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new javax.net.ssl.TrustManager[]{tm}, null);
        return new OkHttpClient.Builder().sslSocketFactory(ssl.getSocketFactory(), tm).readTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void apiAnswersOverHttpsAndNotInClearText() throws Exception {
        Database db = Database.open(dir.resolve("brrr.db"));
        ApiConfig config = ApiConfig.defaults().withTls(Tls.of(keystore, PASSWORD));
        try (ApiServer server = new ApiServer(db, config)) {
            String base = server.start("127.0.0.1", 0);
            assertTrue(base.startsWith("https://127.0.0.1:"), base);
            // One listener, TLS: no clear-text connector was added next to it.
            assertEquals(1, server.listeners().size(), server.listeners().toString());
            assertTrue(server.listeners().get(0).contains("ssl"), server.listeners().toString());
            OkHttpClient client = trustingClient();
            try (Response r = client.newCall(new Request.Builder().url(base + "/health").build()).execute()) {
                assertEquals(200, r.code());
                assertEquals("{\"status\":\"ok\"}", r.body().string());
                assertEquals("TLSv1.3", r.handshake().tlsVersion().javaName());
            }
            // The same port spoken to in clear text gives no API answer.
            String plain = base.replace("https://", "http://");
            OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
            try (Response r = http.newCall(new Request.Builder().url(plain + "/health").build()).execute()) {
                assertTrue(r.code() >= 400, "clear text answered " + r.code());
            } catch (IOException expected) {
                // Closing the connection is as good as refusing it.
            }
            // And a client that does not trust the certificate refuses to talk.
            assertThrows(javax.net.ssl.SSLException.class, () -> http.newCall(new Request.Builder().url(base + "/health").build()).execute());
        }
    }

    @Test
    void wrongPasswordOrMissingFileIsNamed() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Tls.of(keystore, "nope".toCharArray()));
        assertTrue(wrong.getMessage().contains(keystore.toString()) && wrong.getMessage().contains("password"), wrong.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Tls.of(dir.resolve("none.p12"), PASSWORD));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }
}
