package io.braingobrrr.core.service;

/** The thing asked for does not exist (or is soft-deleted). */
public final class NotFoundException extends ServiceException {
    public NotFoundException(String message) {
        super(message);
    }
}
