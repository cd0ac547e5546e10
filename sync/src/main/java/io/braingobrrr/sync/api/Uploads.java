package io.braingobrrr.sync.api;

import io.braingobrrr.core.identity.Permission;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.store.RecordingSummary;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Streams an uploaded EDF/BDF body to a temporary file (never into the heap), refusing at once what
 * cannot be right: a media type other than a binary one (415) and more bytes than allowed (413, from
 * Content-Length before reading or while reading a chunked body). The file is then validated and
 * imported by the recording service (422 when it is not a readable recording); it is always deleted.
 */
final class Uploads {
    private static final Set<String> TYPES = Set.of("application/octet-stream", "application/edf", "application/x-edf",
            "application/bdf", "application/x-bdf");

    private final ApiServices s;

    Uploads(ApiServices s) {
        this.s = s;
    }

    void upload(Context ctx) throws IOException {
        Subject by = Authenticator.require(ctx);
        // Permission first: a technician's 40 MB must not be streamed only to be refused.
        by.require(Permission.EEG_WRITE);
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase();
        if (!TYPES.contains(type)) {
            throw new HttpError(415, "unsupported_media_type", "upload the EDF/BDF file as the raw body with Content-Type "
                    + "application/octet-stream (got '" + type + "')", Map.of("content_type", type));
        }
        long limit = s.config().maxUploadBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(limit);
        Long patientId = Params.optionalLong(ctx, "patient_id");
        Path tmp = Files.createTempFile("brrr-upload-", ".part");
        try {
            String sha256 = copyLimited(ctx.req().getInputStream(), tmp, limit);
            if (Files.size(tmp) == 0) {
                throw io.braingobrrr.core.service.InvalidInputException.of("file", "the body is empty; send the EDF/BDF file");
            }
            String fingerprint = Params.fingerprint("POST /recordings?" + ctx.queryString(), sha256.getBytes());
            s.idempotency().run(ctx, Params.client(by), fingerprint, () -> {
                try {
                    RecordingSummary r = s.recordings().upload(by, tmp, sha256, ctx.queryParam("filename"), patientId);
                    return ApiResponse.created(RecordingRoutes.view(r), Links.BASE + "/recordings/" + r.id());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Streams the body to {@code out} and returns its SHA-256, so the upload is read from disk only by the import. */
    private static String copyLimited(InputStream in, Path out, long limit) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) throw tooLarge(limit);
                o.write(buf, 0, n);
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static HttpError tooLarge(long limit) {
        return new HttpError(413, "payload_too_large", "the upload is larger than the limit of " + limit + " bytes",
                Map.of("max_bytes", limit));
    }
}
