package io.braingobrrr.core.identity;

import io.braingobrrr.core.service.InvalidInputException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static io.braingobrrr.core.identity.Permission.ANALYSES_READ;
import static io.braingobrrr.core.identity.Permission.ANALYSES_WRITE;
import static io.braingobrrr.core.identity.Permission.EEG_READ;
import static io.braingobrrr.core.identity.Permission.EEG_WRITE;
import static io.braingobrrr.core.identity.Permission.PHI_READ;
import static io.braingobrrr.core.identity.Permission.PHI_WRITE;

/** The four roles of the seed design and what each may do. */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    CLINICIAN(EnumSet.of(EEG_READ, EEG_WRITE, ANALYSES_READ, ANALYSES_WRITE, PHI_READ, PHI_WRITE)),
    TECHNICIAN(EnumSet.of(EEG_READ, EEG_WRITE, ANALYSES_READ)),
    /** Never PHI: names, MRNs and birth dates reach a researcher only pseudonymised. */
    RESEARCHER(EnumSet.of(EEG_READ, ANALYSES_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean allows(Permission p) {
        return permissions.contains(p);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The lower-case name stored in the database and used by the CLI and the API. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Role r : values()) if (r.name().equals(key)) return r;
        throw InvalidInputException.of("role", "unknown role '" + text + "' (expected one of "
                + Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", ")) + ")");
    }
}
