package io.braingobrrr.core.identity;

import io.braingobrrr.core.service.ServiceException;

/** The signed-in user's role lacks a permission the action needs. */
public final class PermissionDeniedException extends ServiceException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}
