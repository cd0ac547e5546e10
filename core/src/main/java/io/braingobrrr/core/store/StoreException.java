package io.braingobrrr.core.store;

/**
 * The database could not do what was asked. The message is meant for the user as is: it names the
 * database file (or the recording) and the problem, without JDBC jargon where that can be avoided.
 * Unchecked because stored recordings are read through {@link io.braingobrrr.core.recording.SignalSource},
 * whose read methods declare no checked exceptions.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
