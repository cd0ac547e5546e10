package io.braingobrrr.core.identity;

/**
 * Who is acting and from where, handed to every service call. A signed-in user has an id and a role; the
 * local system actor (the CLI and maintenance, run by whoever holds the database file) has every permission.
 *
 * @param origin  gui, cli, api or system (the audit trail's "origin")
 * @param address where the request came from: the client IP for the API, the host for local use
 */
public record Subject(Long userId, String username, Role role, String origin, String address) {
    public static final String SYSTEM = "system";

    /** The local operator: whoever can open the database file can already read and change everything in it. */
    public static Subject local(String origin, String address) {
        return new Subject(null, SYSTEM, Role.ADMIN, origin, address);
    }

    public static Subject of(User user, String origin, String address) {
        return new Subject(user.id(), user.username(), user.role(), origin, address);
    }

    public boolean can(Permission p) {
        return role.allows(p);
    }

    /** Throws {@link PermissionDeniedException} naming the missing permission unless the role has it. */
    public void require(Permission p) {
        if (!can(p)) {
            throw new PermissionDeniedException("role " + role.key() + " may not do this (needs " + p.name().toLowerCase() + ")");
        }
    }
}
