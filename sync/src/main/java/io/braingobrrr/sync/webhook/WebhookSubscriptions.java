package io.braingobrrr.sync.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.braingobrrr.core.secrets.SecretBox;
import io.braingobrrr.core.secrets.SecretColumn;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.sync.outbox.TargetAddresses;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;
import io.braingobrrr.sync.outbox.Instants;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Webhook subscriptions and their signing secrets (V8 tables). Secrets leave here only at creation and for signing;
 * in the database they are sealed with the installation's data key ({@link SecretBox}, ADR 0018).
 */
public final class WebhookSubscriptions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final String COLUMNS = "id, url, description, event_types, active, disabled_reason, created_at";

    private final Database db;
    private final Supplier<SecretBox> box;

    public WebhookSubscriptions(Database db) {
        this.db = db;
        this.box = SecretBox.lazy(db);
    }

    /** Creates an active subscription with a fresh secret; the returned record is the only time the secret is shown. */
    public WebhookSubscription create(String url, String description, List<String> eventTypes) {
        String u = checkUrl(url);
        String types = typesJson(eventTypes);
        String secret = WebhookSigner.newSecret();
        SecretBox secrets = box.get();   // before the transaction: a first use may seal old rows on another connection
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO webhook_subscriptions (url, description, event_types) VALUES (?, ?, ?) RETURNING id")) {
                    ps.setString(1, u);
                    ps.setString(2, description);
                    ps.setString(3, types);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                addSecret(c, secrets, id, secret);
                c.commit();
                WebhookSubscription s = get(id);
                return new WebhookSubscription(s.id(), s.url(), s.description(), s.eventTypes(), s.active(),
                        s.disabledReason(), s.createdAt(), List.of(secret));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create the webhook subscription: " + e.getMessage(), e);
        }
    }

    /** Changes url, description, event types or active; null leaves a field as it is. Re-activating clears the reason. */
    public WebhookSubscription update(long id, String url, String description, List<String> eventTypes, Boolean active) {
        WebhookSubscription s = get(id);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscriptions SET url = ?,"
                + " description = ?, event_types = ?, active = ?, disabled_reason = CASE WHEN ? THEN NULL ELSE disabled_reason END"
                + " WHERE id = ?")) {
            ps.setString(1, url == null ? s.url() : checkUrl(url));
            ps.setString(2, description == null ? s.description() : description);
            ps.setString(3, typesJson(eventTypes == null ? s.eventTypes() : eventTypes));
            ps.setInt(4, (active == null ? s.active() : active) ? 1 : 0);
            ps.setBoolean(5, Boolean.TRUE.equals(active));
            ps.setLong(6, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update webhook subscription " + id + ": " + e.getMessage(), e);
        }
        return get(id);
    }

    /** Disables a subscription, keeping the reason (e.g. the receiver answered 410 Gone). */
    public void disable(long id, String reason) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE webhook_subscriptions SET active = 0, disabled_reason = ? WHERE id = ?")) {
            ps.setString(1, reason);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot disable webhook subscription " + id + ": " + e.getMessage(), e);
        }
    }

    public void delete(long id) {
        get(id);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM webhook_subscriptions WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot delete webhook subscription " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a rotation: adds a new secret (returned, shown once) and lets the older ones expire after
     * {@code overlap}; until then every delivery carries one signature per secret.
     */
    public String rotateSecret(long id, Duration overlap, Instant now) {
        get(id);
        String secret = WebhookSigner.newSecret();
        SecretBox secrets = box.get();   // before the transaction: a first use may seal old rows on another connection
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_secrets SET expires_at = ?"
                        + " WHERE subscription_id = ? AND (expires_at IS NULL OR expires_at > ?)")) {
                    ps.setString(1, Instants.format(now.plus(overlap)));
                    ps.setLong(2, id);
                    ps.setString(3, Instants.format(now.plus(overlap)));
                    ps.executeUpdate();
                }
                addSecret(c, secrets, id, secret);
                c.commit();
                return secret;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot rotate the secret of webhook subscription " + id + ": " + e.getMessage(), e);
        }
    }

    /** The secrets that sign a delivery at {@code now}, oldest first. */
    public List<String> activeSecrets(long id, Instant now) {
        SecretBox secrets = box.get();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT id, secret FROM webhook_secrets"
                + " WHERE subscription_id = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY id")) {
            ps.setLong(1, id);
            ps.setString(2, Instants.format(now));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(secrets.openText(SecretColumn.WEBHOOK_SECRET, rs.getString(2), rs.getLong(1)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the secrets of webhook subscription " + id + ": " + e.getMessage(), e);
        }
    }

    public WebhookSubscription get(long id) {
        List<WebhookSubscription> l = query("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE id = " + id);
        if (l.isEmpty()) throw new NotFoundException("no webhook subscription " + id);
        return l.get(0);
    }

    public List<WebhookSubscription> list() {
        return query("SELECT " + COLUMNS + " FROM webhook_subscriptions ORDER BY id");
    }

    private List<WebhookSubscription> query(String sql) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<WebhookSubscription> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new WebhookSubscription(rs.getLong(1), rs.getString(2), rs.getString(3), types(rs.getString(4)),
                        rs.getInt(5) == 1, rs.getString(6), rs.getString(7), List.of()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read webhook subscriptions: " + e.getMessage(), e);
        }
    }

    /**
     * Inside the caller's transaction: the row id is part of the sealed value's associated data, so the row is
     * made with an empty placeholder (never committed) and then given its sealed secret.
     */
    private static void addSecret(Connection c, SecretBox secrets, long id, String secret) throws SQLException {
        long row;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_secrets (subscription_id, secret) VALUES (?, '') RETURNING id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                row = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_secrets SET secret = ? WHERE id = ?")) {
            ps.setString(1, secrets.sealText(SecretColumn.WEBHOOK_SECRET, secret, row));
            ps.setLong(2, row);
            ps.executeUpdate();
        }
    }

    static String checkUrl(String url) {
        if (url == null || url.isBlank()) throw InvalidInputException.of("url", "is required");
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw InvalidInputException.of("url", "must be an absolute http(s) URL, not '" + url + "'");
            }
            String refused = TargetAddresses.refusalOfLiteral(u.getHost());
            if (refused != null) throw InvalidInputException.of("url", "points at a " + refused + " address: '" + url + "'");
            return u.toString();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("url", "is not a URL: '" + url + "'");
        }
    }

    private static String typesJson(List<String> types) {
        List<String> t = types == null ? List.of() : types;
        for (String s : t) {
            if (s == null || !EVENT_TYPE.matcher(s).matches()) {
                throw InvalidInputException.of("event_types", "'" + s + "' is not an event type such as report.signed");
            }
        }
        try {
            return JSON.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> types(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("webhook event_types is not a JSON array: " + json, e);
        }
    }
}
