package io.braingobrrr.core.identity;

import java.util.Locale;

/**
 * The minimum a password must meet: NIST SP 800-63B asks for length and for refusing the obvious, not
 * for character-class rules. Returns the problem in words, or null when the password is acceptable.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    public static String problem(char[] password, String username) {
        if (password == null || password.length == 0) return "is empty";
        String pw = new String(password);
        if (pw.isBlank()) return "is only spaces";
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) return "is too short (at least " + MIN_LENGTH + " characters)";
        if (pw.length() > MAX_LENGTH) return "is too long (at most " + MAX_LENGTH + " characters)";
        if (pw.chars().distinct().count() < 4) return "repeats too few different characters";
        if (username != null && username.strip().length() >= 3
                && pw.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "must not contain the username";
        }
        return null;
    }
}
