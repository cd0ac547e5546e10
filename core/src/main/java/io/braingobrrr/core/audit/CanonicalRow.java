package io.braingobrrr.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The bytes an audit row's hash covers. Every field is length-prefixed (so "ab"+"c" never equals
 * "a"+"bc") and null differs from empty; the id is included so renumbering rows breaks the chain too.
 */
final class CanonicalRow {
    private CanonicalRow() {
    }

    static String hash(long id, String at, String actor, String action, String entity, String entityId,
                       String detail, String origin, String address, String prevHash) {
        StringBuilder sb = new StringBuilder("brrr-audit-v1\n");
        for (String field : new String[]{Long.toString(id), at, actor, action, entity, entityId, detail, origin, address, prevHash}) {
            if (field == null) sb.append("-;");
            else sb.append(field.length()).append(':').append(field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** A flat JSON object; values other than numbers and booleans become strings. Null for an empty map. */
    static String json(Map<String, ?> detail) {
        if (detail.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("{");
        detail.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.length() > 1) sb.append(',');
            quote(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null) sb.append("null");
            else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) sb.append(v);
            else quote(sb, v.toString());
        });
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
