package io.braingobrrr.core.identity;

import io.braingobrrr.core.audit.AuditEvent;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;
import io.braingobrrr.core.service.NotFoundException;
import io.braingobrrr.core.service.Page;
import io.braingobrrr.core.store.Database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Accounts and sign-in, for the GUI, the CLI and the API alike. There are no default accounts: the first
 * administrator is made with `brrr users add` (or the GUI's first-run wizard). Five wrong passwords in a
 * row lock an account for 15 minutes; every sign-in, failure and change is audited.
 */
public final class UserService {
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private final UserStore store;
    private final AuditTrail audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock;
    /** Hash of a random password, checked for unknown usernames so both answers take the same time. */
    private final String decoyHash = hasher.hash("decoy-password-never-used".toCharArray());

    public UserService(Database db, AuditTrail audit, Clock clock) {
        this.store = new UserStore(db);
        this.audit = audit;
        this.clock = clock;
    }

    public UserService(Database db) {
        this(db, new AuditTrail(db), Clock.systemUTC());
    }

    /** Creates an account; needs users_manage. The password is wiped from the array afterwards. */
    public User create(Subject by, NewUser n) {
        by.require(Permission.USERS_MANAGE);
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            String username = n.username() == null ? "" : n.username().strip();
            if (!USERNAME.matcher(username).matches()) {
                errors.put("username", "must be 2-64 letters, digits or . _ @ - (starting with a letter or digit)");
            }
            Role role = null;
            try {
                role = Role.parse(n.role());
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            String weak = PasswordPolicy.problem(n.password(), username);
            if (weak != null) errors.put("password", "the password " + weak);
            if (n.displayName() != null && n.displayName().length() > 200) errors.put("display_name", "is longer than 200 characters");
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
            String display = n.displayName() == null || n.displayName().isBlank() ? null : n.displayName().strip();
            long id = store.insert(username, display, role, hasher.hash(n.password()), n.mustChangePassword());
            if (id < 0) throw new ConflictException("a user named '" + username + "' already exists");
            audit.append(event(by, "user.create", id, Map.of("username", username, "role", role.key())));
            return store.byId(id).orElseThrow().user();
        } finally {
            if (n.password() != null) Arrays.fill(n.password(), '\0');
        }
    }

    /** How many accounts exist (0 means first run: the workstation asks for the first administrator). */
    public long count() {
        return store.count();
    }

    public Page<User> list(Subject by, int page, int size) {
        by.require(Permission.USERS_MANAGE);
        long offset = Page.offsetOf(page, size);
        return new Page<>(store.page(offset, size), store.count(), page, size);
    }

    public User get(Subject by, long id) {
        if (!(by.userId() != null && by.userId() == id)) by.require(Permission.USERS_MANAGE);
        return store.byId(id).orElseThrow(() -> new NotFoundException("there is no user " + id)).user();
    }

    public User setActive(Subject by, long id, boolean active) {
        User u = get(by, id);
        by.require(Permission.USERS_MANAGE);
        store.setActive(id, active);
        audit.append(event(by, active ? "user.activate" : "user.deactivate", id, Map.of("username", u.username())));
        return get(by, id);
    }

    /**
     * Changes display name, role, active and must-change-password (users_manage); null leaves a field as it is.
     * The last active administrator cannot be demoted or deactivated (nobody could manage users any more).
     */
    public User update(Subject by, long id, String displayName, String role, Boolean active, Boolean mustChangePassword) {
        by.require(Permission.USERS_MANAGE);
        User u = get(by, id);
        Role newRole = role == null ? u.role() : Role.parse(role);
        boolean newActive = active == null ? u.active() : active;
        if (displayName != null && displayName.length() > 200) throw InvalidInputException.of("display_name", "is longer than 200 characters");
        String display = displayName == null ? u.displayName() : displayName.isBlank() ? null : displayName.strip();
        boolean stillAdmin = newRole == Role.ADMIN && newActive;
        if (u.role() == Role.ADMIN && u.active() && !stillAdmin && store.otherActiveAdmins(id) == 0) {
            throw new ConflictException("user " + u.username() + " is the last active administrator; make another one first");
        }
        boolean mustChange = mustChangePassword == null ? u.mustChangePassword() : mustChangePassword;
        store.setProfile(id, display, newRole, newActive, mustChange);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("username", u.username());
        if (newRole != u.role()) detail.put("role", u.role().key() + "->" + newRole.key());
        if (newActive != u.active()) detail.put("active", newActive);
        if (mustChange != u.mustChangePassword()) detail.put("must_change_password", mustChange);
        if (!java.util.Objects.equals(display, u.displayName())) detail.put("display_name", "changed");
        audit.append(event(by, "user.update", id, detail));
        return get(by, id);
    }

    /** An administrator sets a new password (users_manage), by default to be changed at the next sign-in; unlocks the account. */
    public User resetPassword(Subject by, long id, char[] password, boolean mustChange) {
        try {
            by.require(Permission.USERS_MANAGE);
            User u = get(by, id);
            String weak = PasswordPolicy.problem(password, u.username());
            if (weak != null) throw InvalidInputException.of("password", "the password " + weak);
            store.setPassword(id, hasher.hash(password), mustChange);
            store.recordSuccess(id);
            audit.append(event(by, "user.password.reset", id, Map.of("username", u.username(), "must_change_password", mustChange)));
            return get(by, id);
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    /**
     * Checks a username and password; returns the user or throws {@link AuthenticationException}.
     * Audits success and failure with the origin and address of {@code from}.
     */
    public User signIn(String username, char[] password, String origin, String address) {
        try {
            String name = username == null ? "" : username.strip();
            var row = store.byUsername(name).orElse(null);
            Instant now = clock.instant();
            if (row == null) {
                hasher.verify(password == null ? new char[0] : password, decoyHash);
                failed(name, null, origin, address, "unknown user");
                throw AuthenticationException.invalidCredentials();
            }
            User u = row.user();
            if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) {
                failed(name, u.id(), origin, address, "locked");
                throw new AuthenticationException(AuthenticationException.Reason.LOCKED,
                        "the account is locked after " + MAX_FAILED_ATTEMPTS + " failed sign-ins until " + u.lockedUntil(), u.lockedUntil());
            }
            if (!hasher.verify(password == null ? new char[0] : password, row.passwordHash())) {
                // A lock that has run out starts a fresh count.
                int attempts = (u.lockedUntil() != null ? 0 : row.failedAttempts()) + 1;
                Instant until = attempts >= MAX_FAILED_ATTEMPTS ? now.plus(LOCKOUT) : null;
                store.recordFailure(u.id(), until != null ? 0 : attempts, until);
                failed(name, u.id(), origin, address, until != null ? "wrong password; account locked" : "wrong password");
                throw AuthenticationException.invalidCredentials();
            }
            if (!u.active()) {
                failed(name, u.id(), origin, address, "inactive");
                throw new AuthenticationException(AuthenticationException.Reason.INACTIVE, "the account is deactivated", null);
            }
            store.recordSuccess(u.id());
            audit.append(new AuditEvent(u.username(), "user.login", "user", Long.toString(u.id()), Map.of(), origin, address));
            return store.byId(u.id()).orElseThrow().user();
        } finally {
            if (password != null) Arrays.fill(password, '\0');
        }
    }

    /** The user behind a token or session, if still allowed to act (exists, active, not locked). */
    public User activeUser(long id) {
        User u = store.byId(id).orElseThrow(() -> AuthenticationException.invalidToken("the user no longer exists")).user();
        if (!u.active()) throw new AuthenticationException(AuthenticationException.Reason.INACTIVE, "the account is deactivated", null);
        return u;
    }

    /** Audits a sign-out (the API revoked the user's refresh tokens; the GUI closed the session). */
    public void signedOut(long userId, String origin, String address) {
        String name = store.byId(userId).map(r -> r.user().username()).orElse(Long.toString(userId));
        audit.append(new AuditEvent(name, "user.logout", "user", Long.toString(userId), Map.of(), origin, address));
    }

    private void failed(String username, Long id, String origin, String address, String why) {
        audit.append(new AuditEvent(username.isEmpty() ? "(empty)" : username, "user.login.failed", "user",
                id == null ? null : id.toString(), Map.of("reason", why), origin, address));
    }

    private static AuditEvent event(Subject by, String action, long id, Map<String, ?> detail) {
        return new AuditEvent(by.username(), action, "user", Long.toString(id), detail, by.origin(), by.address());
    }
}
