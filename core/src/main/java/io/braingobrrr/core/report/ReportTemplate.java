package io.braingobrrr.core.report;

import io.braingobrrr.core.service.InvalidInputException;

/** The two report layouts: a routine (awake) EEG and an overnight polysomnography with sleep statistics. */
public enum ReportTemplate {
    ROUTINE_EEG("routine-eeg", "Routine EEG report"),
    PSG("psg", "Polysomnography report");

    private final String key;
    private final String title;

    ReportTemplate(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** As stored in reports.template and typed on the command line. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static ReportTemplate parse(String text) {
        for (ReportTemplate t : values()) if (t.key.equalsIgnoreCase(text == null ? "" : text.strip())) return t;
        throw InvalidInputException.of("template", "unknown report template '" + text + "' (expected routine-eeg or psg)");
    }
}
