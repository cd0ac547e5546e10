package io.braingobrrr.core.review;

import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each user's display preferences as name/value text (the app gives them types and defaults). Everyone may
 * keep their own; not audited: preferences change no clinical data.
 */
public final class UserSettingsService {
    private final Database db;

    public UserSettingsService(Database db) {
        this.db = db;
    }

    public Map<String, String> load(Subject by) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT name, value FROM user_settings WHERE username = ?")) {
            ps.setString(1, by.username());
            Map<String, String> out = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the settings of " + by.username() + ": " + e.getMessage(), e);
        }
    }

    /** Stores every pair of {@code values} (others stay as they are), in one transaction. */
    public void save(Subject by, Map<String, String> values) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_settings (username, name, value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (username, name) DO UPDATE SET value = excluded.value,"
                    + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    ps.setString(1, by.username());
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save the settings of " + by.username() + ": " + e.getMessage(), e);
        }
    }
}
