package io.braingobrrr.sync.api;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/**
 * HTTPS for the API: a PKCS#12 or JKS keystore holding the server's key and certificate. The keystore is
 * opened once here so a wrong path or password is reported before the server starts, naming the file.
 */
public final class Tls {
    private final Path keystore;
    private final String password;

    private Tls(Path keystore, String password) {
        this.keystore = keystore;
        this.password = password;
    }

    /** @throws IllegalArgumentException naming the keystore and the problem (missing, unreadable, wrong password, no key) */
    public static Tls of(Path keystore, char[] password) {
        if (!Files.isRegularFile(keystore)) throw new IllegalArgumentException("keystore " + keystore + " does not exist");
        try {
            KeyStore ks = KeyStore.getInstance(keystore.toFile(), password);
            boolean hasKey = false;
            for (String alias : Collections.list(ks.aliases())) hasKey |= ks.isKeyEntry(alias);
            if (!hasKey) throw new IllegalArgumentException("keystore " + keystore + " holds no private key for the server");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open keystore " + keystore + " (wrong password or not a keystore: "
                    + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read keystore " + keystore + " (" + e.getMessage() + ")", e);
        }
        return new Tls(keystore, new String(password));
    }

    /** An HTTPS-only connector on host:port (port 0 picks a free one). */
    ServerConnector connector(Server server, HttpConfiguration http, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keystore.toString());
        ssl.setKeyStorePassword(password);
        HttpConfiguration https = new HttpConfiguration(http);
        // No SNI host check: clients reach a workstation by IP address as often as by name.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
        c.setHost(host);
        c.setPort(port);
        return c;
    }
}
