package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.StoreException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Opaque refresh tokens that rotate: each is good for one use and is replaced by a new one of the same
 * family. Presenting a used token again means it was copied, so the whole family is revoked (RFC 9700,
 * refresh token rotation). Only SHA-256 of each token is stored.
 */
final class RefreshTokens {
    private final Database db;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(Database db, Duration ttl, Clock clock) {
        this.db = db;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A new family's first token for a user who just signed in. */
    String start(long userId) {
        return insert(userId, UUID.randomUUID().toString());
    }

    /** Uses {@code token} up and returns its user id and replacement; revokes its family on reuse. */
    Rotation rotate(String token) {
        String hash = sha256(token);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            boolean open = true;
            try {
                Rotation r;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT user_id, family, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = ?")) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) throw AuthenticationException.invalidToken("unknown refresh token");
                        long user = rs.getLong(1);
                        String family = rs.getString(2);
                        if (rs.getString(5) != null) throw AuthenticationException.invalidToken("the refresh token was revoked");
                        if (rs.getString(4) != null) {
                            revokeFamily(c, family);
                            s.execute("COMMIT");
                            open = false;
                            throw AuthenticationException.invalidToken("the refresh token was already used; its sign-in is revoked");
                        }
                        if (Instant.parse(rs.getString(3)).isBefore(clock.instant())) {
                            throw AuthenticationException.invalidToken("the refresh token has expired");
                        }
                        r = new Rotation(user, family, null);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?")) {
                    ps.setString(1, clock.instant().toString());
                    ps.setString(2, hash);
                    ps.executeUpdate();
                }
                String next = insert(c, r.userId(), r.family());
                s.execute("COMMIT");
                open = false;
                return new Rotation(r.userId(), r.family(), next);
            } catch (SQLException | RuntimeException e) {
                if (open) s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot rotate a refresh token (" + e.getMessage() + ")", e);
        }
    }

    /** Revokes the family of {@code token} (logout); returns the user id, or -1 for an unknown token. */
    long revoke(String token) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, family FROM refresh_tokens WHERE token_hash = ?")) {
            ps.setString(1, sha256(token));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return -1;
                revokeFamily(c, rs.getString(2));
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot revoke a refresh token (" + e.getMessage() + ")", e);
        }
    }

    record Rotation(long userId, String family, String token) {
    }

    private void revokeFamily(Connection c, String family) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE refresh_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL")) {
            ps.setString(1, clock.instant().toString());
            ps.setString(2, family);
            ps.executeUpdate();
        }
    }

    private String insert(long userId, String family) {
        try (Connection c = db.connect()) {
            return insert(c, userId, family);
        } catch (SQLException e) {
            throw new StoreException("cannot store a refresh token (" + e.getMessage() + ")", e);
        }
    }

    private String insert(Connection c, long userId, String family) throws SQLException {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO refresh_tokens (token_hash, family, user_id, expires_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, sha256(token));
            ps.setString(2, family);
            ps.setLong(3, userId);
            ps.setString(4, clock.instant().plus(ttl).toString());
            ps.executeUpdate();
        }
        return token;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
