package io.braingobrrr.sync.api;

import io.braingobrrr.core.secrets.SecretBox;
import io.braingobrrr.core.secrets.SecretColumn;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;
import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Idempotency-Key on POST: the first successful (2xx) answer to a key is stored per client and replayed
 * for every repeat with the same request; the same key with a different request is a 422. Failures are
 * not stored, so a client may retry them. Repeats arriving together wait for the first (one lock per key).
 * Stored answers are sealed ({@link SecretBox}): the answer to creating a webhook carries its signing secret.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    private final Database db;
    private final Supplier<SecretBox> box;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Idempotency(Database db) {
        this.db = db;
        this.box = SecretBox.lazy(db);
    }

    /** Runs {@code action} unless this client already sent {@code key}; {@code fingerprint} identifies the request. */
    void run(Context ctx, String client, String fingerprint, Supplier<ApiResponse> action) {
        String key = ctx.header(HEADER);
        if (key == null) {
            action.get().send(ctx);
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            throw new HttpError(400, "bad_request", HEADER + " must be 1-200 characters");
        }
        Object lock = locks.computeIfAbsent(client + "\n" + key, k -> new Object());
        try {
            synchronized (lock) {
                if (replay(ctx, client, key, fingerprint)) return;
                ApiResponse r = action.get();
                byte[] body = r.body() == null ? null : ApiJson.bytes(r.body());
                if (r.status() / 100 == 2) store(client, key, fingerprint, r.status(), body, r.location());
                ApiResponse.sendBytes(ctx, r.status(), body, r.location());
            }
        } finally {
            locks.remove(client + "\n" + key);
        }
    }

    private boolean replay(Context ctx, String client, String key, String fingerprint) {
        SecretBox secrets = box.get();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT request_hash, status, body, location FROM idempotency_keys WHERE client = ? AND key = ?")) {
            ps.setString(1, client);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return false;
                if (!rs.getString(1).equals(fingerprint)) {
                    throw new HttpError(422, "idempotency_key_reused",
                            "this " + HEADER + " was already used for a different request", Map.of("idempotency_key", key));
                }
                ctx.header("Idempotent-Replayed", "true");
                String body = rs.getString(3);
                ApiResponse.sendBytes(ctx, rs.getInt(2), body == null ? null : secrets.open(SecretColumn.IDEMPOTENCY_BODY, body, client, key),
                        rs.getString(4));
                return true;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read idempotency keys (" + e.getMessage() + ")", e);
        }
    }

    private void store(String client, String key, String fingerprint, int status, byte[] body, String location) {
        String sealed = body == null ? null : box.get().seal(SecretColumn.IDEMPOTENCY_BODY, body, client, key);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO idempotency_keys"
                + " (client, key, request_hash, status, content_type, body, location) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, client);
            ps.setString(2, key);
            ps.setString(3, fingerprint);
            ps.setInt(4, status);
            ps.setString(5, "application/json");
            ps.setString(6, sealed);
            ps.setString(7, location);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store an idempotency key (" + e.getMessage() + ")", e);
        }
    }
}
