package io.braingobrrr.core.identity;

import io.braingobrrr.core.recording.Patient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * What a user without PHI access sees of a patient: a stable pseudonym (HMAC-SHA-256 of the patient id
 * with this installation's key, so the same patient gets the same code in every view and export, and the
 * code cannot be reversed or recomputed elsewhere) in place of name and MRN, and no birth date.
 */
public final class Pseudonymizer {
    public static final String SECRET_NAME = "pseudonym-key";
    private final SecretKeySpec key;

    public Pseudonymizer(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public static Pseudonymizer of(InstallationSecrets secrets) {
        return new Pseudonymizer(secrets.getOrCreate(SECRET_NAME, 32));
    }

    /** "PSN-" and 12 hex digits, the same for the same patient id on this installation. */
    public String pseudonym(long patientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(patientId).array());
            return "PSN-" + HexFormat.of().formatHex(h, 0, 6).toUpperCase();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** The patient as {@code viewer} may see it: unchanged with PHI access, pseudonymised otherwise. */
    public Patient view(Subject viewer, Patient p) {
        if (p == null || viewer.can(Permission.PHI_READ)) return p;
        String code = pseudonym(p.id());
        return new Patient(p.id(), code, code, null, p.sex());
    }

    /** Free-text header fields (EDF patient identification) carry names: hidden entirely without PHI access. */
    public String viewText(Subject viewer, String phiText) {
        return viewer.can(Permission.PHI_READ) ? phiText : null;
    }
}
