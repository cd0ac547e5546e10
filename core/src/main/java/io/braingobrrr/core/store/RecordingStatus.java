package io.braingobrrr.core.store;

import java.util.Locale;

/** Where a stored recording came from and whether it is finished. */
public enum RecordingStatus {
    /** Acquisition is writing it now. */
    RECORDING,
    /** Acquisition finished normally. */
    COMPLETE,
    /** Acquisition was interrupted (crash, power cut) and what reached the database was kept. */
    RECOVERED,
    /** Copied from a file. */
    IMPORTED;

    /** The value in the recordings.status column. */
    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RecordingStatus fromDb(String value) {
        for (RecordingStatus s : values()) {
            if (s.dbValue().equals(value)) return s;
        }
        throw new StoreException("unknown recording status '" + value + "' (written by a newer version?)");
    }
}
