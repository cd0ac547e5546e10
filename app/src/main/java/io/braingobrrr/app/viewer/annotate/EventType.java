package io.braingobrrr.app.viewer.annotate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The preset events a reviewer marks, each on one key. Letters only: part of the keyboard belongs to
 * the hypnogram's staging keys (W, 1, 2, 3, R) and to paging (arrows, Page Up/Down, Home/End).
 */
public enum EventType {
    EYES_OPEN('O', "Eyes open"),
    EYES_CLOSED('C', "Eyes closed"),
    HYPERVENTILATION('H', "Hyperventilation"),
    PHOTIC('P', "Photic stimulation"),
    PATIENT_MOVED('M', "Patient moved"),
    ARTIFACT('A', "Artifact"),
    SPIKE('S', "Spike"),
    SEIZURE('Z', "Seizure"),
    /** Asks for the text. */
    CUSTOM('T', "Custom text");

    private final char key;
    private final String text;

    EventType(char key, String text) {
        this.key = key;
        this.text = text;
    }

    public char key() {
        return key;
    }

    /** The annotation text this preset writes (for CUSTOM, the prompt). */
    public String text() {
        return text;
    }

    public static Optional<EventType> forKey(String typed) {
        if (typed == null || typed.length() != 1) return Optional.empty();
        char c = Character.toUpperCase(typed.charAt(0));
        return Arrays.stream(values()).filter(t -> t.key == c).findFirst();
    }

    @Override
    public String toString() {
        return text + " (" + key + ")";
    }
}
