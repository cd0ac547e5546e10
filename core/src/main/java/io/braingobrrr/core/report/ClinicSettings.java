package io.braingobrrr.core.report;

import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The clinic's name and logo printed on every report (table clinic_settings, V9). */
public final class ClinicSettings {
    public static final String NAME = "clinic.name";
    public static final String LOGO = "clinic.logo";
    /** Printed when the clinic has not set its name yet. */
    public static final String DEFAULT_NAME = "Brain-Go-Brrr EEG laboratory";

    private final Database db;

    public ClinicSettings(Database db) {
        this.db = db;
    }

    public String clinicName() {
        return read(NAME, false).map(v -> new String(v, java.nio.charset.StandardCharsets.UTF_8)).orElse(DEFAULT_NAME);
    }

    /** PNG or JPEG bytes, empty when no logo is set. */
    public Optional<byte[]> logo() {
        return read(LOGO, true);
    }

    public void setClinicName(String name) {
        write(NAME, name == null ? null : name.strip(), null);
    }

    public void setLogo(byte[] image) {
        write(LOGO, null, image);
    }

    private Optional<byte[]> read(String key, boolean blob) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT value, data FROM clinic_settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                if (blob) return Optional.ofNullable(rs.getBytes(2));
                String v = rs.getString(1);
                return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (SQLException e) {
            throw new StoreException(db.file() + ": cannot read setting " + key + " (" + e.getMessage() + ")", e);
        }
    }

    private void write(String key, String value, byte[] data) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO clinic_settings (key, value, data)"
                + " VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, data = excluded.data,"
                + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.setBytes(3, data);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(db.file() + ": cannot save setting " + key + " (" + e.getMessage() + ")", e);
        }
    }
}
