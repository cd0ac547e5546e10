package io.braingobrrr.core.service;

/**
 * A refusal by a core service that the caller (GUI, CLI, API) shows to the user as it is: the message
 * names the problem. Each subclass is one HTTP-like kind of refusal, so every front end maps it the same way.
 */
public abstract class ServiceException extends RuntimeException {
    protected ServiceException(String message) {
        super(message);
    }

    protected ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
