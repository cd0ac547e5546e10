package io.braingobrrr.core.identity;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Integration clients: machines that call the API with a key and act with a role's permissions. The key is
 * returned once by {@link #create}; only its SHA-256 is kept (ADR 0012). Creating and revoking needs
 * users_manage and is audited, as is every refused key.
 */
public final class ApiClientService {
    /** Keys start with this, so a leaked key is recognisable in logs and by secret scanners. */
    public static final String KEY_PREFIX = "brrr_";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    /** A verified key is trusted this long before the row is read again (a revocation here clears it at once). */
    private static final Duration RECHECK = Duration.ofSeconds(10);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A client just made, with its key: the only time the key exists outside the caller's hands. */
    public record Created(ApiClient client, String key) {
    }

    private record Verified(ApiClient client, long checkedAtMillis, long touchedAtMillis) {
    }

    private final ApiClientStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public ApiClientService(Database db, AuditTrail audit, Clock clock) {
        this.store = new ApiClientStore(db);
        this.audit = audit;
        this.clock = clock;
    }

    public Created create(Subject by, String name, String role) {
        by.require(Permission.USERS_MANAGE);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) errors.put("name", "must be 2-64 letters, digits or . _ - (starting with a letter or digit)");
        Role r = null;
        try {
            r = Role.parse(role);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = store.insert(n, r, key.substring(0, KEY_PREFIX.length() + 6), hash(key), by.username());
        if (id < 0) throw new ConflictException("an integration client named '" + n + "' already exists");
        audit.append(event(by, "client.create", id, Map.of("name", n, "role", r.key())));
        return new Created(store.byId(id).orElseThrow(), key);
    }

    public Page<ApiClient> list(Subject by, int page, int size) {
        by.require(Permission.USERS_MANAGE);
        return new Page<>(store.page(Page.offsetOf(page, size), size), store.count(), page, size);
    }

    public ApiClient get(Subject by, long id) {
        by.require(Permission.USERS_MANAGE);
        return store.byId(id).orElseThrow(() -> new NotFoundException("there is no integration client " + id));
    }

    /** Revokes the key at once (for this process; another process notices within {@code RECHECK}). */
    public ApiClient revoke(Subject by, long id) {
        ApiClient c = get(by, id);
        if (c.revoked()) throw new ConflictException("integration client " + id + " was already revoked at " + c.revokedAt());
        store.revoke(id);
        verified.values().removeIf(v -> v.client().id() == id);
        audit.append(event(by, "client.revoke", id, Map.of("name", c.name())));
        return store.byId(id).orElseThrow();
    }

    /**
     * The subject a request acts as when it presents {@code key}: the client's name ("client:NAME") with the
     * client's role and no user id. Throws {@link AuthenticationException} (invalid_token) for an unknown or
     * revoked key, audited with the key's first characters only.
     */
    public Subject authenticate(String key, String address) {
        String h = hash(key == null ? "" : key.strip());
        long now = clock.millis();
        Verified v = verified.get(h);
        if (v == null || now - v.checkedAtMillis() > RECHECK.toMillis()) {
            ApiClient c = store.byHash(h).orElse(null);
            if (c == null || c.revoked()) {
                verified.remove(h);
                String shown = key == null ? "" : key.strip().substring(0, Math.min(key.strip().length(), KEY_PREFIX.length() + 6));
                audit.append(new AuditEvent(c == null ? "(unknown key)" : c.actor(), "client.auth.failed", "client",
                        c == null ? null : Long.toString(c.id()), Map.of("key_prefix", shown, "reason", c == null ? "unknown" : "revoked"),
                        "api", address));
                throw AuthenticationException.invalidToken(c == null ? "the API key is not valid" : "the API key was revoked");
            }
            if (verified.size() > 10_000) verified.clear();
            v = new Verified(c, now, v == null ? 0 : v.touchedAtMillis());
            verified.put(h, v);
        }
        if (now - v.touchedAtMillis() > TOUCH_EVERY.toMillis()) {
            // last_used_at is for administrators spotting unused keys: minute resolution spares a write per request.
            store.touch(v.client().id(), clock.instant());
            verified.put(h, new Verified(v.client(), v.checkedAtMillis(), now));
        }
        ApiClient c = v.client();
        return new Subject(null, c.actor(), c.role(), "api", address);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditEvent event(Subject by, String action, long id, Map<String, ?> detail) {
        return new AuditEvent(by.username(), action, "client", Long.toString(id), detail, by.origin(), by.address());
    }
}
