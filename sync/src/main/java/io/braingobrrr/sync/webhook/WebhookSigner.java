package io.braingobrrr.sync.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signatures: {@code v1,} + base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)),
 * the key being the base64-decoded part of the secret after {@code whsec_}. With several secrets (a rotation
 * in progress) the header carries one signature per secret, separated by spaces; a receiver accepts any.
 */
public final class WebhookSigner {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    /** A new secret: whsec_ + base64 of 32 random bytes (the spec asks for 24 to 64). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the webhook-signature header for these secrets. */
    public static String signatures(String msgId, long timestampSeconds, String body, List<String> secrets) {
        if (secrets.isEmpty()) throw new IllegalArgumentException("a webhook needs at least one active secret to be signed");
        return secrets.stream().map(s -> sign(msgId, timestampSeconds, body, s)).collect(Collectors.joining(" "));
    }

    static String sign(String msgId, long timestampSeconds, String body, String secret) {
        if (!secret.startsWith(PREFIX)) throw new IllegalArgumentException("a webhook secret must start with " + PREFIX);
        byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((msgId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
