package io.braingobrrr.app.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** `brrr --version`: the Maven project version (filtered into version.properties at build time). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"brrr " + version() + " (Java " + System.getProperty("java.version") + ")"};
    }

    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/braingobrrr/app/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
