package io.braingobrrr.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.montage.Derivation;
import io.braingobrrr.core.montage.DerivationFormula;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Montages users define in the editor, stored in the database and applied by electrode name like the
 * standard ones. Validated before saving: a name (not a standard one, not taken), at least one derivation,
 * labels unique, every electrode a known 10-10 name or AVG. Reading needs eeg_read, changing eeg_write.
 */
public final class CustomMontageService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final AuditTrail audit;

    public CustomMontageService(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Every custom montage, by name. */
    public List<Montage> list(Subject by) {
        by.require(Permission.EEG_READ);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT m.name, d.label, d.weights"
                + " FROM custom_montages m LEFT JOIN custom_montage_derivations d ON d.montage_id = m.id"
                + " ORDER BY m.name COLLATE NOCASE, d.position")) {
            Map<String, List<Derivation>> byName = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Derivation> list = byName.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(2) != null) list.add(new Derivation(rs.getString(2), weights(rs.getString(3))));
                }
            }
            List<Montage> out = new ArrayList<>();
            byName.forEach((name, d) -> out.add(new Montage(name, d)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the custom montages: " + e.getMessage(), e);
        }
    }

    public Optional<Montage> find(Subject by, String name) {
        return list(by).stream().filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /**
     * Creates ({@code previousName} null) or replaces the montage {@code previousName} by {@code montage}
     * (which may rename it).
     */
    public Montage save(Subject by, String previousName, Montage montage) {
        by.require(Permission.EEG_WRITE);
        Montage m = validate(montage);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            Long existing = previousName == null ? null : id(c, previousName);
            if (previousName != null && existing == null) throw new NotFoundException("there is no custom montage '" + previousName + "'");
            Long clash = id(c, m.name());
            if (clash != null && !clash.equals(existing)) throw new ConflictException("a montage named '" + m.name() + "' exists already");
            long id;
            if (existing == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO custom_montages (name, created_by) VALUES (?, ?)")) {
                    ps.setString(1, m.name());
                    ps.setString(2, by.username());
                    ps.executeUpdate();
                }
                id = id(c, m.name());
            } else {
                id = existing;
                try (PreparedStatement ps = c.prepareStatement("UPDATE custom_montages SET name = ?,"
                        + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")) {
                    ps.setString(1, m.name());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM custom_montage_derivations WHERE montage_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO custom_montage_derivations (montage_id, position,"
                    + " label, weights) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < m.derivations().size(); i++) {
                    Derivation d = m.derivations().get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, d.label());
                    ps.setString(4, JSON.writeValueAsString(new LinkedHashMap<>(d.weights())));
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot save montage '" + m.name() + "': " + e.getMessage(), e);
        }
        Audited.record(audit, by, previousName == null ? "montage.create" : "montage.update", "montage", m.name(),
                Map.of("derivations", m.derivations().size()));
        return m;
    }

    public void delete(Subject by, String name) {
        by.require(Permission.EEG_WRITE);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM custom_montages WHERE name = ?")) {
            ps.setString(1, name.trim());
            if (ps.executeUpdate() == 0) throw new NotFoundException("there is no custom montage '" + name + "'");
        } catch (SQLException e) {
            throw new StoreException("cannot delete montage '" + name + "': " + e.getMessage(), e);
        }
        Audited.record(audit, by, "montage.delete", "montage", name.trim(), Map.of());
    }

    /** The montage with a trimmed name and canonical electrode names, or an exception naming every problem found. */
    public static Montage validate(Montage montage) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = montage.name().trim();
        if (name.isEmpty()) errors.put("name", "a montage needs a name");
        else if (StandardMontages.NAMES.contains(name.toLowerCase(Locale.ROOT))) errors.put("name", "'" + name + "' is a standard montage");
        if (montage.derivations().isEmpty()) errors.put("derivations", "a montage needs at least one derivation");
        Set<String> labels = new HashSet<>();
        List<Derivation> out = new ArrayList<>();
        for (int i = 0; i < montage.derivations().size(); i++) {
            Derivation d = montage.derivations().get(i);
            String field = "derivation " + (i + 1);
            String label = d.label() == null ? "" : d.label().trim();
            if (label.isEmpty()) errors.put(field, "has no label");
            else if (!labels.add(label)) errors.put(field, "label '" + label + "' is used twice");
            if (d.weights().isEmpty()) errors.put(field, "has no electrode");
            Map<String, Double> w = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : d.weights().entrySet()) {
                try {
                    w.merge(DerivationFormula.electrode(e.getKey()), e.getValue(), Double::sum);
                } catch (IllegalArgumentException ex) {
                    errors.put(field, ex.getMessage());
                }
                if (e.getValue() == null || !Double.isFinite(e.getValue())) errors.put(field, "weight of " + e.getKey() + " is not a number");
            }
            out.add(new Derivation(label, w));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return new Montage(name, out);
    }

    private static Long id(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM custom_montages WHERE name = ?")) {
            ps.setString(1, name.trim());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Map<String, Double> weights(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored montage derivation is not valid JSON: " + json, e);
        }
    }
}
