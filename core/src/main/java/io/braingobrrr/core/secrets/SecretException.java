package io.braingobrrr.core.secrets;

import io.braingobrrr.core.store.StoreException;

/**
 * A stored secret cannot be sealed or opened: the key file is missing, unreadable, of the wrong length or
 * not the database's key, or a ciphertext fails its check. The message names the file or the table and row.
 */
public class SecretException extends StoreException {
    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
