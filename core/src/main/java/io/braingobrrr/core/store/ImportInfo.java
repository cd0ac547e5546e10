package io.braingobrrr.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the store records about a recording besides its signals: where it came from and whose it is.
 *
 * @param sourceFile              file name (no folders: paths mean nothing on another machine), or null
 * @param sourceSha256            hex SHA-256 of the source file, or null
 * @param patientId               the patient it belongs to, or null when not yet assigned
 * @param patientIdentification   EDF header's local patient identification (trimmed), or null
 * @param recordingIdentification EDF header's local recording identification (trimmed), or null
 */
public record ImportInfo(String sourceFile, String sourceSha256, Long patientId, String patientIdentification,
                         String recordingIdentification, RecordingStatus status) {

    public ImportInfo {
        if (status == null) throw new IllegalArgumentException("status is required");
    }

    /** An imported recording known only by its source file name. */
    public static ImportInfo of(String sourceFile) {
        return new ImportInfo(sourceFile, null, null, null, null, RecordingStatus.IMPORTED);
    }

    /** An imported recording from {@code file}, with the file's SHA-256 (reads the whole file). */
    public static ImportInfo ofFile(Path file) throws IOException {
        return of(file.getFileName().toString()).withSha256(sha256(file));
    }

    public ImportInfo withSha256(String sha256) {
        return new ImportInfo(sourceFile, sha256, patientId, patientIdentification, recordingIdentification, status);
    }

    public ImportInfo withPatient(Long id) {
        return new ImportInfo(sourceFile, sourceSha256, id, patientIdentification, recordingIdentification, status);
    }

    public ImportInfo withIdentification(String patient, String recording) {
        return new ImportInfo(sourceFile, sourceSha256, patientId, patient, recording, status);
    }

    public ImportInfo withStatus(RecordingStatus newStatus) {
        return new ImportInfo(sourceFile, sourceSha256, patientId, patientIdentification, recordingIdentification, newStatus);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
