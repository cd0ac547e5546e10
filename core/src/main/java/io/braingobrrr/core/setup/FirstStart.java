package io.braingobrrr.core.setup;

import io.braingobrrr.core.identity.NewUser;
import io.braingobrrr.core.identity.PasswordPolicy;
import io.braingobrrr.core.identity.Role;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.identity.User;
import io.braingobrrr.core.identity.UserService;
import io.braingobrrr.core.service.ConflictException;
import io.braingobrrr.core.service.InvalidInputException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first start of an installation: while the database has no account, whoever sits at the workstation
 * creates the first administrator (there are no default accounts) and names the clinic. Once any account
 * exists this refuses, so the wizard cannot be used to add a second admin behind the first one's back.
 */
public final class FirstStart {
    private final UserService users;
    private final InstallationSettings settings;

    public FirstStart(UserService users, InstallationSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    /** What the wizard asks. Passwords are char arrays so they can be wiped; both are wiped by {@link #complete}. */
    public record Answers(String username, String displayName, char[] password, char[] passwordRepeat,
                          String clinicName, String syncEndpoint) {
    }

    /** True while the database holds no account. */
    public boolean needed() {
        return users.count() == 0;
    }

    /**
     * Checks every answer first (all problems at once, by field), then creates the admin and stores the
     * settings. {@code local} is who sits at the machine (origin gui, the host as address) for the audit trail.
     */
    public User complete(Subject local, Answers a) {
        try {
            if (!needed()) throw new ConflictException("the workstation is already set up: sign in, or ask an administrator for an account");
            Map<String, String> errors = new LinkedHashMap<>();
            String weak = PasswordPolicy.problem(a.password(), a.username());
            if (weak != null) errors.put("password", "the password " + weak);
            else if (!Arrays.equals(a.password(), a.passwordRepeat())) errors.put("password_repeat", "does not match the password");
            String clinic = null;
            try {
                clinic = InstallationSettings.checkClinicName(a.clinicName());
                InstallationSettings.checkSyncEndpoint(a.syncEndpoint());
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            if (a.username() == null || a.username().isBlank()) errors.put("username", "is required");
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
            // UserService checks the username's form and wipes the password copy it is given.
            User admin = users.create(local, new NewUser(a.username(), a.displayName(), Role.ADMIN.key(),
                    a.password().clone(), false));
            Subject byAdmin = Subject.of(admin, local.origin(), local.address());
            settings.setClinicName(byAdmin, clinic);
            settings.setSyncEndpoint(byAdmin, a.syncEndpoint());
            return admin;
        } finally {
            if (a.password() != null) Arrays.fill(a.password(), '\0');
            if (a.passwordRepeat() != null) Arrays.fill(a.passwordRepeat(), '\0');
        }
    }
}
