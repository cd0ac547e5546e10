package io.braingobrrr.core.setup;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of this workstation (not of a user): clinic name, central sync endpoint, the GUI's idle lock and the
 * hospital's MRN identifier system (FHIR).
 * Reading needs no permission (the sign-in screen shows the clinic); changing needs users_manage, i.e. an
 * admin (the role model has no separate settings permission). Every change is audited.
 */
public final class InstallationSettings {
    public static final String CLINIC_NAME = "clinic_name";
    public static final String SYNC_ENDPOINT = "sync_endpoint";
    public static final String IDLE_LOCK_SECONDS = "idle_lock_seconds";
    /**
     * The FHIR identifier system of the hospital's medical record numbers (e.g. urn:oid:1.2.36.146.595.217.0.1 or
     * https://hospital.example/mrn). Pushed patients are matched by system|value: under any other system the
     * hospital's server would not find its own patient and would create a duplicate.
     */
    public static final String FHIR_MRN_SYSTEM = "fhir_mrn_system";
    /** Lock the workstation after 15 minutes without keyboard or mouse, unless an admin says otherwise. */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);
    static final int MAX_TEXT = 200;

    private final Database db;
    private final AuditTrail audit;

    public InstallationSettings(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    public InstallationSettings(Database db) {
        this(db, new AuditTrail(db));
    }

    public Optional<String> clinicName() {
        return get(CLINIC_NAME);
    }

    public Optional<URI> syncEndpoint() {
        return get(SYNC_ENDPOINT).map(URI::create);
    }

    /** The idle time after which the GUI locks; a value broken by hand falls back to the default. */
    public Duration idleLock() {
        return get(IDLE_LOCK_SECONDS).map(v -> {
            try {
                long s = Long.parseLong(v);
                return s > 0 ? Duration.ofSeconds(s) : DEFAULT_IDLE_LOCK;
            } catch (NumberFormatException e) {
                return DEFAULT_IDLE_LOCK;
            }
        }).orElse(DEFAULT_IDLE_LOCK);
    }

    public Optional<String> fhirMrnSystem() {
        return get(FHIR_MRN_SYSTEM);
    }

    /** Stores the hospital's MRN system, or removes it when {@code system} is blank. */
    public void setFhirMrnSystem(Subject by, String system) {
        Optional<String> checked = checkIdentifierSystem(system);
        if (checked.isPresent()) put(by, FHIR_MRN_SYSTEM, checked.get());
        else remove(by, FHIR_MRN_SYSTEM);
    }

    /** Empty for blank; otherwise an absolute URI as FHIR wants for Identifier.system: urn:oid:, urn:uuid:, other urn: or http(s) with a host. */
    static Optional<String> checkIdentifierSystem(String system) {
        if (system == null || system.isBlank()) return Optional.empty();
        String s = system.strip();
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean ok = switch (scheme) {
                case "urn" -> {
                    String lower = s.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("urn:oid:")) yield s.matches("(?i)urn:oid:[0-2](\\.(0|[1-9][0-9]*))+");
                    if (lower.startsWith("urn:uuid:")) yield s.matches("(?i)urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
                    yield s.matches("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:\\S+");
                }
                case "http", "https" -> uri.getHost() != null && !uri.getHost().isBlank();
                default -> false;
            };
            if (!ok) {
                throw InvalidInputException.of(FHIR_MRN_SYSTEM, "must be an absolute URI such as urn:oid:1.2.3.4 or https://hospital.example/mrn, not '" + s + "'");
            }
            return Optional.of(s);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of(FHIR_MRN_SYSTEM, "is not a URI (" + e.getReason() + " at character " + e.getIndex() + ")");
        }
    }

    public void setClinicName(Subject by, String name) {
        put(by, CLINIC_NAME, checkClinicName(name));
    }

    /** Stores the endpoint, or removes it when {@code url} is blank. */
    public void setSyncEndpoint(Subject by, String url) {
        Optional<URI> uri = checkSyncEndpoint(url);
        if (uri.isPresent()) put(by, SYNC_ENDPOINT, uri.get().toString());
        else remove(by, SYNC_ENDPOINT);
    }

    public void setIdleLock(Subject by, Duration idle) {
        if (idle == null || idle.isNegative() || idle.isZero() || idle.compareTo(Duration.ofHours(24)) > 0) {
            throw InvalidInputException.of(IDLE_LOCK_SECONDS, "must be between 1 second and 24 hours");
        }
        put(by, IDLE_LOCK_SECONDS, Long.toString(idle.toSeconds()));
    }

    static String checkClinicName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw InvalidInputException.of(CLINIC_NAME, "is required");
        if (n.length() > MAX_TEXT) throw InvalidInputException.of(CLINIC_NAME, "is longer than " + MAX_TEXT + " characters");
        return n;
    }

    /** Empty for a blank URL; an absolute http(s) URL with a host otherwise. */
    static Optional<URI> checkSyncEndpoint(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw InvalidInputException.of(SYNC_ENDPOINT, "must start with https:// (or http://), not '" + url.strip() + "'");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw InvalidInputException.of(SYNC_ENDPOINT, "has no host name: '" + url.strip() + "'");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of(SYNC_ENDPOINT, "is not a URL (" + e.getReason() + " at character " + e.getIndex() + ")");
        }
    }

    Optional<String> get(String key) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT value FROM installation_settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read the setting " + key, e);
        }
    }

    private void put(Subject by, String key, String value) {
        by.require(Permission.USERS_MANAGE);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO installation_settings"
                + " (key, value, updated_by) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                + " updated_by = excluded.updated_by, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.setString(3, by.username());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("store the setting " + key, e);
        }
        audit.append(new AuditEvent(by.username(), "settings.update", "setting", key, Map.of("value", value), by.origin(), by.address()));
    }

    private void remove(Subject by, String key) {
        by.require(Permission.USERS_MANAGE);
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM installation_settings WHERE key = ?")) {
            ps.setString(1, key);
            if (ps.executeUpdate() == 0) return;
        } catch (SQLException e) {
            throw fail("remove the setting " + key, e);
        }
        audit.append(new AuditEvent(by.username(), "settings.delete", "setting", key, Map.of(), by.origin(), by.address()));
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(db.file() + ": cannot " + what + " (" + e.getMessage() + ")", e);
    }
}
