package io.braingobrrr.core.identity;

import io.braingobrrr.core.secrets.SecretBox;
import io.braingobrrr.core.secrets.SecretColumn;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Random keys made once per installation and kept in its database (JWT signing key, pseudonym key):
 * nothing secret ships with the program, and a copied database keeps its tokens and pseudonyms stable
 * as long as its data key file goes with it. They are stored sealed by {@link SecretBox} (ADR 0018).
 */
public final class InstallationSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;
    private final Supplier<SecretBox> box;

    public InstallationSecrets(Database db) {
        this.db = db;
        this.box = SecretBox.lazy(db);
    }

    /** The secret called {@code name}, created with {@code length} random bytes on first use. */
    public byte[] getOrCreate(String name, int length) {
        SecretBox secrets = box.get();
        byte[] fresh = new byte[length];
        RANDOM.nextBytes(fresh);
        // INSERT OR IGNORE then SELECT: two processes starting together end up with the same key.
        try (Connection c = db.connect()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO installation_secrets (name, value) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, secrets.seal(SecretColumn.INSTALLATION_SECRET, fresh, name));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM installation_secrets WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return secrets.open(SecretColumn.INSTALLATION_SECRET, rs.getString(1), name);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(db.file() + ": cannot read the installation secret " + name + " (" + e.getMessage() + ")", e);
        }
    }
}
