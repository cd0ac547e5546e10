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
import java.util.UUID;

/**
 * Short-lived JWT access tokens (HS256, key made once per installation and kept in its database). The
 * token carries the user's id, name and role; a role change or deactivation takes effect at the next
 * refresh, at most {@code ttl} later (the price of not reading the users table on every request).
 */
final class TokenService {
    static final String KEY_NAME = "jwt-hs256-key";
    private static final String ISSUER = "brain-go-brrr";

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
        try {
            Claims c = Jwts.parser().verifyWith(key).requireIssuer(ISSUER)
                    .clock(() -> Date.from(clock.instant())).build().parseSignedClaims(token).getPayload();
            return new Subject(Long.parseLong(c.getSubject()), c.get("name", String.class),
                    Role.parse(c.get("role", String.class)), "api", address);
        } catch (JwtException | IllegalArgumentException e) {
            throw AuthenticationException.invalidToken("the access token is invalid or expired");
        }
    }
}
