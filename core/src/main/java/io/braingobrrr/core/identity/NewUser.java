package io.braingobrrr.core.identity;

/** What an administrator gives to create an account. The password is a char array so it can be wiped. */
public record NewUser(String username, String displayName, String role, char[] password, boolean mustChangePassword) {
}
