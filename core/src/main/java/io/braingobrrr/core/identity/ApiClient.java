package io.braingobrrr.core.identity;

import java.time.Instant;

/**
 * An integration client (a machine calling the API with a key), as services hand it out: never with the key
 * or its hash. {@code keyPrefix} is the key's first characters, enough to tell keys apart.
 */
public record ApiClient(long id, String name, Role role, String keyPrefix, String createdBy, Instant createdAt,
                        Instant lastUsedAt, Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }

    /** The audit actor and rate-limit identity of requests made with this client's key. */
    public String actor() {
        return "client:" + name;
    }
}
