package io.braingobrrr.core.identity;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Random keys made once per installation and kept in its database (JWT signing key, pseudonym key):
 * nothing secret ships with the program, and a copied database keeps its tokens and pseudonyms stable.
 */
public final class InstallationSecrets {
    private final Database db;

    public InstallationSecrets(Database db) {
        this.db = db;
    }

    /** The secret called {@code name}, created with {@code length} random bytes on first use. */
    public byte[] getOrCreate(String name, int length) {
        byte[] fresh = new byte[length];
        new SecureRandom().nextBytes(fresh);
        // INSERT OR IGNORE then SELECT: two processes starting together end up with the same key.
        try (Connection c = db.connect()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO installation_secrets (name, value) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setBytes(2, fresh);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM installation_secrets WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(db.file() + ": cannot read the installation secret " + name + " (" + e.getMessage() + ")", e);
        }
    }
}
