package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.AuthenticationException;
import io.braingobrrr.core.identity.InstallationSecrets;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived JWT access tokens (HS256, key made once per installation and kept in its database). The
 * token carries the user's id, name and role; a role change or deactivation takes effect at the next
 * refresh, at most {@code ttl} later (the price of not reading the users table on every request).
 */
final class TokenService {
    static final String KEY_NAME = "jwt-hs256-key";
    private static final String ISSUER = "brain-go-brrr";

    private static final int MAX_CACHED = 10_000;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKey key;
    private final Duration ttl;
    private final Clock clock;

    TokenService(InstallationSecrets secrets, Duration ttl, Clock clock) {
        this.key = Keys.hmacShaKeyFor(secrets.getOrCreate(KEY_NAME, 32));
        this.ttl = ttl;
        this.clock = clock;
    }

    String issue(User u) {
        Date now = Date.from(clock.instant());
        return Jwts.builder().issuer(ISSUER).subject(Long.toString(u.id())).claim("name", u.username())
                .claim("role", u.role().key()).id(UUID.randomUUID().toString())
                .issuedAt(now).expiration(Date.from(clock.instant().plus(ttl)))
                .signWith(key, Jwts.SIG.HS256).compact();
    }

    long ttlSeconds() {
        return ttl.toSeconds();
    }

    /** The subject of a valid access token; {@link AuthenticationException} (invalid_token) otherwise. */
    Subject verify(String token, String address) {
        // A client sends the same token with every request for its lifetime: verify it once, then look it up
        // (parsing and checking a JWT with jjwt cost more than the rest of a small request).
        Verified hit = verified.get(token);
        if (hit != null && clock.millis() < hit.expiresAtMillis()) {
            Subject s = hit.subject();
            return new Subject(s.userId(), s.username(), s.role(), "api", address);
        }
        try {
            Claims c = Jwts.parser().verifyWith(key).requireIssuer(ISSUER)
                    .clock(() -> Date.from(clock.instant())).build().parseSignedClaims(token).getPayload();
            Subject s = new Subject(Long.parseLong(c.getSubject()), c.get("name", String.class),
                    Role.parse(c.get("role", String.class)), "api", address);
            if (verified.size() >= MAX_CACHED) verified.clear();
            verified.put(token, new Verified(s, c.getExpiration().getTime()));
            return s;
        } catch (JwtException | IllegalArgumentException e) {
            throw AuthenticationException.invalidToken("the access token is invalid or expired");
        }
    }

    private record Verified(Subject subject, long expiresAtMillis) {
    }
}
