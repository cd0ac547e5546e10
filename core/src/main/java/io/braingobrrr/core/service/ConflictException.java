package io.braingobrrr.core.service;

/** The request clashes with what exists (a duplicate username, a patient MRN already taken). */
public final class ConflictException extends ServiceException {
    public ConflictException(String message) {
        super(message);
    }
}
