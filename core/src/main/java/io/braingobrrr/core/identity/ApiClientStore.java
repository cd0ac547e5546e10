package io.braingobrrr.core.identity;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The api_clients table (V10); no rules here (they live in {@link ApiClientService}). */
final class ApiClientStore {
    private static final String COLUMNS = "SELECT id, name, role, key_prefix, created_by, created_at, last_used_at, revoked_at"
            + " FROM api_clients";

    private final Database db;

    ApiClientStore(Database db) {
        this.db = db;
    }

    /** The new id, or -1 when the name is taken. */
    long insert(String name, Role role, String prefix, String hash, String createdBy) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO api_clients (name, role,"
                + " key_prefix, key_hash, created_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, role.key());
            ps.setString(3, prefix);
            ps.setString(4, hash);
            ps.setString(5, createdBy);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw fail("add integration client " + name, e);
        }
    }

    Optional<ApiClient> byId(long id) {
        return one(COLUMNS + " WHERE id = ?", id);
    }

    Optional<ApiClient> byHash(String hash) {
        return one(COLUMNS + " WHERE key_hash = ?", hash);
    }

    long count() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM api_clients");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail("count integration clients", e);
        }
    }

    List<ApiClient> page(long offset, int limit) {
        List<ApiClient> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY id LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setLong(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
        } catch (SQLException e) {
            throw fail("list integration clients", e);
        }
        return out;
    }

    void revoke(long id) {
        update("UPDATE api_clients SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND revoked_at IS NULL", id);
    }

    void touch(long id, Instant at) {
        update("UPDATE api_clients SET last_used_at = ? WHERE id = ?", at.toString(), id);
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("update integration client", e);
        }
    }

    private Optional<ApiClient> one(String sql, Object key) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("look up integration client", e);
        }
    }

    private static ApiClient row(ResultSet rs) throws SQLException {
        return new ApiClient(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                instant(rs.getString(6)), instant(rs.getString(7)), instant(rs.getString(8)));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(db.file() + ": cannot " + what + " (" + e.getMessage() + ")", e);
    }
}
