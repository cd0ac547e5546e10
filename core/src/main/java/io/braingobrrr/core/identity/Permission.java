package io.braingobrrr.core.identity;

/** What a role may do; services check these, never the front ends. */
public enum Permission {
    EEG_READ, EEG_WRITE, ANALYSES_READ, ANALYSES_WRITE, PHI_READ, PHI_WRITE, USERS_MANAGE, AUDIT_READ,
    /** Configure webhooks and the FHIR server, watch and steer the sync queue (admin only). */
    SYNC_MANAGE
}
