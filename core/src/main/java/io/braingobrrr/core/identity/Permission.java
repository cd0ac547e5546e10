package io.braingobrrr.core.identity;

/** What a role may do; services check these, never the front ends. */
public enum Permission {
    EEG_READ, EEG_WRITE, ANALYSES_READ, ANALYSES_WRITE, PHI_READ, PHI_WRITE, USERS_MANAGE, AUDIT_READ
}
