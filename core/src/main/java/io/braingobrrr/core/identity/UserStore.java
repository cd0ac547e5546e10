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

/** The users table; no rules here (they live in {@link UserService}). */
final class UserStore {
    private static final String COLUMNS = "SELECT id, username, display_name, role, active, must_change_password,"
            + " locked_until, created_at, password_hash, failed_attempts FROM users";

    /** A user row with the fields only sign-in needs. */
    record Row(User user, String passwordHash, int failedAttempts) {
    }

    private final Database db;

    UserStore(Database db) {
        this.db = db;
    }

    long count() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM users");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail("count users", e);
        }
    }

    /** Returns the new id, or -1 when the username is taken. */
    long insert(String username, String displayName, Role role, String hash, boolean mustChange) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO users (username,"
                + " display_name, role, password_hash, must_change_password) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (username) DO NOTHING RETURNING id")) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, role.key());
            ps.setString(4, hash);
            ps.setInt(5, mustChange ? 1 : 0);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw fail("add user " + username, e);
        }
    }

    Optional<Row> byUsername(String username) {
        return one(COLUMNS + " WHERE username = ?", username);
    }

    Optional<Row> byId(long id) {
        return one(COLUMNS + " WHERE id = ?", id);
    }

    List<User> page(long offset, int limit) {
        List<User> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY id LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setLong(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs).user());
            }
        } catch (SQLException e) {
            throw fail("list users", e);
        }
        return out;
    }

    void recordFailure(long id, int failedAttempts, Instant lockedUntil) {
        update("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?", failedAttempts,
                lockedUntil == null ? null : lockedUntil.toString(), id);
    }

    void recordSuccess(long id) {
        update("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", id);
    }

    void setActive(long id, boolean active) {
        update("UPDATE users SET active = ? WHERE id = ?", active ? 1 : 0, id);
    }

    void setPassword(long id, String hash, boolean mustChange) {
        update("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?", hash, mustChange ? 1 : 0, id);
    }

    void setProfile(long id, String displayName, Role role, boolean active, boolean mustChange) {
        update("UPDATE users SET display_name = ?, role = ?, active = ?, must_change_password = ? WHERE id = ?", displayName,
                role.key(), active ? 1 : 0, mustChange ? 1 : 0, id);
    }

    /** Active administrators other than {@code exceptId}: the last one may not be demoted or deactivated. */
    long otherActiveAdmins(long exceptId) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?")) {
            ps.setLong(1, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw fail("count administrators", e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("update user", e);
        }
    }

    private Optional<Row> one(String sql, Object key) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("look up user " + key, e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        String locked = rs.getString(7);
        User u = new User(rs.getLong(1), rs.getString(2), rs.getString(3), Role.parse(rs.getString(4)),
                rs.getInt(5) == 1, rs.getInt(6) == 1, locked == null ? null : Instant.parse(locked),
                Instant.parse(rs.getString(8)));
        return new Row(u, rs.getString(9), rs.getInt(10));
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(db.file() + ": cannot " + what + " (" + e.getMessage() + ")", e);
    }
}
