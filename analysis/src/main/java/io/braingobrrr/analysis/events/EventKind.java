package io.braingobrrr.analysis.events;

import java.util.Locale;

/** Kinds of transient events the analysis can report; the CLI's KIND argument is the lower-case plural. */
public enum EventKind {
    SPINDLE("spindles"), K_COMPLEX("kcomplexes"), REM("rems"), SPIKE("spikes"), SEIZURE("seizures"), ARTIFACT("artifacts");

    private final String cliName;

    EventKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the kind named by its CLI name, or null */
    public static EventKind ofCliName(String s) {
        for (EventKind k : values()) if (k.cliName.equalsIgnoreCase(s)) return k;
        return null;
    }
}
