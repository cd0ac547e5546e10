package io.braingobrrr.core.secrets;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.store.Database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Databases written before secrets were sealed hold them in clear. The first open with a key seals every
 * such value in place, in one transaction with one audit row (counts only, never a secret), and is a no-op
 * afterwards. Old cells are zeroed (secure_delete) and the WAL is checkpointed, so the plaintext does not
 * linger in free space; this is the only code that reads a plaintext secret.
 */
final class PlaintextSecrets {
    static final String AUDIT_ACTION = "secrets.encrypted_at_rest";

    private PlaintextSecrets() {
    }

    /** The key id of some sealed value in {@code db}, or null while nothing is sealed. */
    static String sealedKeyId(Database db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (SecretColumn col : SecretColumn.values()) {
                try (ResultSet rs = s.executeQuery("SELECT " + col.column() + " FROM " + col.table() + " WHERE " + sealed(col) + " LIMIT 1")) {
                    if (rs.next()) {
                        String[] parts = rs.getString(1).split(":", 4);
                        return parts.length > 2 ? parts[2] : "of an unknown format";
                    }
                }
            }
            return null;
        } catch (SQLException e) {
            throw new SecretException(db.file() + ": cannot look for encrypted secrets (" + e.getMessage() + ")", e);
        }
    }

    /** Seals every plaintext secret of {@code db} with {@code box}; returns how many values were sealed. */
    static int sealInPlace(Database db, SecretBox box) {
        if (countPlaintext(db) == 0) return 0;   // the common case: a read, no write lock
        Map<String, Integer> sealed = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("PRAGMA secure_delete = ON");   // freed cells are zeroed, not left holding the old plaintext
            try {
                s.execute("BEGIN IMMEDIATE");
                try {
                    for (SecretColumn col : SecretColumn.values()) {
                        int n = sealColumn(c, col, box);
                        if (n > 0) sealed.put(col.table() + "." + col.column(), n);
                    }
                    if (!sealed.isEmpty()) {
                        Map<String, Object> detail = new LinkedHashMap<>(sealed);
                        detail.put("key_id", box.key().id());
                        new AuditTrail(db).appendInTransaction(c, new AuditEvent("system", AUDIT_ACTION, "database", null,
                                detail, "system", "localhost"));
                    }
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    try {
                        s.execute("ROLLBACK");
                    } catch (SQLException r) {
                        e.addSuppressed(r);
                    }
                    throw e;
                }
            } finally {
                s.execute("PRAGMA secure_delete = OFF");   // the pooled connection goes back as it came
            }
            // Copy the sealed pages into the main file and empty the WAL, where the old pages would otherwise stay.
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new SecretException(db.file() + ": cannot encrypt the secrets stored in clear (" + e.getMessage()
                    + "); nothing was changed", e);
        }
        return sealed.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int countPlaintext(Database db) {
        int n = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (SecretColumn col : SecretColumn.values()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + col.table() + " WHERE " + plaintext(col))) {
                    rs.next();
                    n += rs.getInt(1);
                }
            }
            return n;
        } catch (SQLException e) {
            throw new SecretException(db.file() + ": cannot look for secrets stored in clear (" + e.getMessage() + ")", e);
        }
    }

    private static int sealColumn(Connection c, SecretColumn col, SecretBox box) throws SQLException {
        List<String> keys = col.keyColumns();
        List<Object[]> rows = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + String.join(", ", keys) + ", "
                + col.column() + ", typeof(" + col.column() + ") FROM " + col.table() + " WHERE " + plaintext(col))) {
            while (rs.next()) {
                Object[] key = new Object[keys.size()];
                for (int i = 0; i < key.length; i++) key[i] = rs.getObject(i + 1);
                int v = keys.size() + 1;
                // Text secrets are sealed as their UTF-8 bytes, blobs (installation keys, replay bodies) as they are.
                values.add("blob".equals(rs.getString(v + 1)) ? rs.getBytes(v) : rs.getString(v).getBytes(StandardCharsets.UTF_8));
                rows.add(key);
            }
        }
        StringBuilder where = new StringBuilder();
        for (String k : keys) where.append(where.length() == 0 ? "" : " AND ").append(k).append(" = ?");
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + col.table() + " SET " + col.column() + " = ? WHERE " + where)) {
            for (int r = 0; r < rows.size(); r++) {
                ps.setString(1, box.seal(col, values.get(r), rows.get(r)));
                for (int i = 0; i < keys.size(); i++) ps.setObject(i + 2, rows.get(r)[i]);
                ps.executeUpdate();
            }
        }
        return rows.size();
    }

    private static String sealed(SecretColumn col) {
        return "typeof(" + col.column() + ") = 'text' AND " + col.column() + " LIKE 'enc:%'";
    }

    private static String plaintext(SecretColumn col) {
        return col.column() + " IS NOT NULL AND NOT (" + sealed(col) + ")";
    }
}
